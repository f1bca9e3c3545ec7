// snnc host link: a UART, the frame protocol of docs/hardware.md ("Board host link") and the
// generated accelerator (snnc_accelerator) behind it.
//
// Host -> board frame:  A5 cmd seq [count_lo count_hi record*count] crc8
//   cmd 01 image (records as the accelerator takes them), 02 reset the core, 03 info.
// Board -> host reply:  5A status seq payload crc8
//   status 00 ok: image -> class (2 bytes), N_OUT values (VALUE_BYTES each), cycles (4 bytes);
//                 info  -> INFO_BYTES bytes; reset -> nothing.
//   errors (no payload): 01 crc, 02 too many records, 03 bad record, 04 timeout inside a frame,
//                        05 unknown command, 06 busy (a frame arrived before the last one was replayed).
// crc8: polynomial x^8+x^2+x+1 (0x07), initial 0, over every byte after the sync byte.
// All multi-byte fields are little-endian. An image frame is kept whole in a frame buffer and checked
// (crc, record count, coordinates, end-of-step markers) before any record reaches the accelerator, so a
// malformed frame never leaves the core waiting for a step that will not come.
//
// The accelerator sees exactly what the simulation testbench gives it: `start` for one cycle, then one
// record per cycle while it is ready, so the cycle count reported (done cycle - start cycle) is the
// one the cycle model predicts for an image alone.
`default_nettype none

module snnc_link #(
    parameter integer CLKS_PER_BIT = 217,     // clock / baud
    parameter integer IDLE_TIMEOUT = 1000000, // cycles of silence that end a half-received frame
    parameter integer C_BITS = 1,
    parameter integer Y_BITS = 1,
    parameter integer X_BITS = 1,
    parameter integer V_BITS = 1,
    parameter integer C_LIMIT = 1,            // coordinates must be below these
    parameter integer Y_LIMIT = 1,
    parameter integer X_LIMIT = 1,
    parameter integer EOS_PER_IMAGE = 1,      // end-of-step records in an image: 1 for pixels, T for spikes
    parameter integer REC_BYTES = 2,
    parameter integer DEPTH_BITS = 7,         // the frame buffer holds 2**DEPTH_BITS records
    parameter integer CAPACITY = 128,         // largest record count accepted
    parameter integer N_OUT = 10,
    parameter integer RESULT_BITS = 8,
    parameter integer RESULT_SIGNED = 0,
    parameter integer CLASS_BITS = 4,
    parameter integer VALUE_BYTES = 1,
    parameter [31:0] DESIGN_ID = 32'h0
) (
    input wire clk,
    input wire rst,
    input wire rx,
    output wire tx,
    output wire receiving,   // a frame is being received
    output wire computing,   // an image is in the accelerator
    output reg error_seen,   // the last reply was an error
    output wire idle         // nothing received, computed or sent: the link waits for the host
);
    localparam integer REC_BITS = 1 + X_BITS + Y_BITS + C_BITS + V_BITS;
    localparam integer INFO_BYTES = 14;
    localparam [7:0] SYNC_IN = 8'hA5, SYNC_OUT = 8'h5A;
    localparam [7:0] CMD_IMAGE = 8'h01, CMD_RESET = 8'h02, CMD_INFO = 8'h03;
    localparam [7:0] OK = 8'h00, ERR_CRC = 8'h01, ERR_LENGTH = 8'h02, ERR_RECORD = 8'h03,
                     ERR_TIMEOUT = 8'h04, ERR_COMMAND = 8'h05, ERR_BUSY = 8'h06;
    localparam integer VALUE_BITS_WIDE = 8 * VALUE_BYTES;

    function [7:0] crc8(input [7:0] crc, input [7:0] data);
        integer i;
        reg [7:0] c;
        begin
            c = crc ^ data;
            for (i = 0; i < 8; i = i + 1) c = c[7] ? ((c << 1) ^ 8'h07) : (c << 1);
            crc8 = c;
        end
    endfunction

    // ---------------------------------------------------------------- UART receiver (8N1)
    reg rx_meta = 1'b1, rx_sync = 1'b1;  // two flip-flops against metastability
    always @(posedge clk) begin
        rx_meta <= rx;
        rx_sync <= rx_meta;
    end
    localparam integer BIT_COUNTER_BITS = $clog2(CLKS_PER_BIT + 1);
    reg [1:0] rx_state;
    reg [BIT_COUNTER_BITS-1:0] rx_timer;
    reg [2:0] rx_bit;
    reg [7:0] rx_shift;
    reg rx_valid;
    reg [7:0] rx_byte;
    always @(posedge clk) begin
        rx_valid <= 1'b0;
        if (rst) begin
            rx_state <= 2'd0;
            rx_timer <= 0;
            rx_bit <= 3'd0;
        end else case (rx_state)
            2'd0: if (!rx_sync) begin  // a falling edge: sample the start bit in its middle
                rx_state <= 2'd1;
                rx_timer <= CLKS_PER_BIT / 2;
            end
            2'd1: if (rx_timer == 0) begin
                rx_state <= rx_sync ? 2'd0 : 2'd2;  // a glitch, not a start bit
                rx_timer <= CLKS_PER_BIT - 1;
                rx_bit <= 3'd0;
            end else rx_timer <= rx_timer - 1'b1;
            2'd2: if (rx_timer == 0) begin
                rx_shift <= {rx_sync, rx_shift[7:1]};
                rx_timer <= CLKS_PER_BIT - 1;
                rx_bit <= rx_bit + 1'b1;
                if (rx_bit == 3'd7) rx_state <= 2'd3;
            end else rx_timer <= rx_timer - 1'b1;
            2'd3: if (rx_timer == 0) begin
                // a low stop bit is a framing error (or a break): the byte is dropped
                rx_valid <= rx_sync;
                rx_byte <= rx_shift;
                rx_state <= rx_sync ? 2'd0 : 2'd3;
            end else rx_timer <= rx_timer - 1'b1;
        endcase
    end

    // ---------------------------------------------------------------- frame receiver
    localparam [2:0] F_SYNC = 3'd0, F_CMD = 3'd1, F_SEQ = 3'd2, F_LEN0 = 3'd3, F_LEN1 = 3'd4,
                     F_DATA = 3'd5, F_CRC = 3'd6;
    reg [2:0] f_state;
    reg [7:0] f_cmd, f_seq, f_crc;
    reg [15:0] f_count, f_index;
    reg [7:0] f_byte_index;
    reg [8*REC_BYTES-1:0] f_record;
    reg f_store, f_bad_record, f_last_eos;
    reg [15:0] f_eos_count;
    reg [$clog2(IDLE_TIMEOUT + 1)-1:0] f_silence;

    // what the receiver asks the transmitter to send (errors, reset and info replies)
    reg ctl_pending;
    reg [7:0] ctl_status, ctl_seq;
    reg ctl_info;
    reg core_reset_request;

    // the frame buffer, handed to the replay once a frame checks out
    reg [REC_BITS-1:0] frame_buffer [0:(1 << DEPTH_BITS) - 1];
    reg frame_ready;
    reg [15:0] frame_count;
    reg [7:0] frame_seq;
    wire replaying, replay_finished, ctl_taken;
    wire buffer_free = !frame_ready && !replaying;

    wire [8*REC_BYTES-1:0] assembled = {rx_byte, f_record[8*REC_BYTES-1:8]};
    wire rec_eos = assembled[0];
    wire [X_BITS-1:0] rec_x = assembled[X_BITS:1];
    wire [Y_BITS-1:0] rec_y = assembled[X_BITS+Y_BITS:X_BITS+1];
    wire [C_BITS-1:0] rec_c = assembled[X_BITS+Y_BITS+C_BITS:X_BITS+Y_BITS+1];
    wire rec_in_range = rec_eos || (rec_c < C_LIMIT && rec_y < Y_LIMIT && rec_x < X_LIMIT);
    wire last_record_byte = f_byte_index == REC_BYTES - 1;
    wire [7:0] crc_next = crc8(f_crc, rx_byte);

    always @(posedge clk) begin
        core_reset_request <= 1'b0;
        if (rst) begin
            f_state <= F_SYNC;
            f_silence <= 0;
            ctl_pending <= 1'b0;
            frame_ready <= 1'b0;
        end else begin
            if (replay_finished) frame_ready <= 1'b0;
            if (ctl_taken) ctl_pending <= 1'b0;
            if (rx_valid || f_state == F_SYNC) f_silence <= 0;
            else f_silence <= f_silence + 1'b1;
            if (f_state != F_SYNC && !rx_valid && f_silence == IDLE_TIMEOUT) begin
                f_state <= F_SYNC;  // the host stopped inside a frame
                ctl_pending <= 1'b1;
                ctl_status <= ERR_TIMEOUT;
                ctl_seq <= (f_state > F_SEQ) ? f_seq : 8'h00;
                ctl_info <= 1'b0;
            end else if (rx_valid) begin
                f_crc <= crc_next;
                case (f_state)
                    F_SYNC: if (rx_byte == SYNC_IN) begin
                        f_state <= F_CMD;
                        f_crc <= 8'h00;
                    end
                    F_CMD: begin
                        f_cmd <= rx_byte;
                        f_state <= F_SEQ;
                    end
                    F_SEQ: begin
                        f_seq <= rx_byte;
                        f_state <= (f_cmd == CMD_IMAGE) ? F_LEN0 : F_CRC;
                    end
                    F_LEN0: begin
                        f_count[7:0] <= rx_byte;
                        f_state <= F_LEN1;
                    end
                    F_LEN1: begin
                        f_count[15:8] <= rx_byte;
                        f_index <= 16'd0;
                        f_byte_index <= 8'd0;
                        f_eos_count <= 16'd0;
                        f_bad_record <= ({rx_byte, f_count[7:0]} == 16'd0);
                        f_last_eos <= 1'b0;
                        f_store <= buffer_free && ({rx_byte, f_count[7:0]} <= CAPACITY);
                        f_state <= ({rx_byte, f_count[7:0]} == 16'd0) ? F_CRC : F_DATA;
                    end
                    F_DATA: begin
                        f_record <= assembled;
                        f_byte_index <= last_record_byte ? 8'd0 : f_byte_index + 1'b1;
                        if (last_record_byte) begin
                            if (f_store) frame_buffer[f_index[DEPTH_BITS-1:0]] <= assembled[REC_BITS-1:0];
                            if (!rec_in_range) f_bad_record <= 1'b1;
                            f_eos_count <= f_eos_count + rec_eos;
                            f_last_eos <= rec_eos;
                            f_index <= f_index + 1'b1;
                            if (f_index + 1'b1 == f_count) f_state <= F_CRC;
                        end
                    end
                    F_CRC: begin
                        f_state <= F_SYNC;
                        ctl_seq <= f_seq;
                        ctl_info <= 1'b0;
                        ctl_status <= OK;
                        ctl_pending <= 1'b1;
                        if (rx_byte != f_crc) ctl_status <= ERR_CRC;
                        else if (f_cmd == CMD_IMAGE) begin
                            if (f_count > CAPACITY) ctl_status <= ERR_LENGTH;
                            else if (f_bad_record || !f_last_eos || f_eos_count != EOS_PER_IMAGE)
                                ctl_status <= ERR_RECORD;
                            else if (!f_store) ctl_status <= ERR_BUSY;
                            else begin
                                ctl_pending <= 1'b0;  // the reply comes with the results
                                frame_ready <= 1'b1;
                                frame_count <= f_count;
                                frame_seq <= f_seq;
                            end
                        end else if (f_cmd == CMD_RESET) core_reset_request <= 1'b1;
                        else if (f_cmd == CMD_INFO) ctl_info <= 1'b1;
                        else ctl_status <= ERR_COMMAND;
                    end
                    default: f_state <= F_SYNC;
                endcase
            end
        end
    end

    // ---------------------------------------------------------------- the accelerator and its replay
    reg [3:0] core_reset_hold;
    always @(posedge clk)
        if (rst || core_reset_request) core_reset_hold <= 4'hF;
        else if (core_reset_hold != 0) core_reset_hold <= core_reset_hold - 1'b1;
    wire core_rst = rst || core_reset_hold != 0;

    wire core_in_ready, core_busy, core_out_valid, core_done;
    wire [RESULT_BITS-1:0] core_out_data;
    wire [CLASS_BITS-1:0] core_out_class;
    reg result_pending;

    reg p_sending;
    reg [15:0] p_index;
    reg [REC_BITS-1:0] p_record;
    wire p_fire = p_sending && core_in_ready;
    wire p_begin = !p_sending && frame_ready && !core_busy && !result_pending && !core_rst;
    wire [15:0] p_read_index = p_fire ? p_index + 1'b1 : p_index;
    assign replaying = p_sending;
    assign replay_finished = p_fire && (p_index + 1'b1 == frame_count);
    always @(posedge clk) p_record <= frame_buffer[p_begin ? {DEPTH_BITS{1'b0}} : p_read_index[DEPTH_BITS-1:0]];

    reg [31:0] cycle_counter, started_at;
    reg [7:0] image_seq;
    always @(posedge clk) begin
        cycle_counter <= cycle_counter + 1'b1;
        if (core_rst) begin
            p_sending <= 1'b0;
        end else if (p_begin) begin
            p_sending <= 1'b1;
            p_index <= 16'd0;
            started_at <= cycle_counter;
            image_seq <= frame_seq;
        end else if (p_fire) begin
            p_index <= p_index + 1'b1;
            if (replay_finished) p_sending <= 1'b0;
        end
    end

    snnc_accelerator core (
        .clk(clk), .rst(core_rst), .start(p_begin),
        .in_valid(p_sending),
        .in_c(p_record[X_BITS+Y_BITS+C_BITS:X_BITS+Y_BITS+1]),
        .in_y(p_record[X_BITS+Y_BITS:X_BITS+1]),
        .in_x(p_record[X_BITS:1]),
        .in_value(p_record[REC_BITS-1:X_BITS+Y_BITS+C_BITS+1]),
        .in_eos(p_record[0]),
        .in_ready(core_in_ready),
        .out_valid(core_out_valid), .out_ready(!result_pending), .out_data(core_out_data),
        .done(core_done), .out_class(core_out_class), .busy(core_busy)
    );

    // ---------------------------------------------------------------- results
    reg [RESULT_BITS-1:0] results [0:N_OUT-1];
    reg [15:0] result_position;
    reg [CLASS_BITS-1:0] result_class;
    reg [31:0] result_cycles;
    reg [7:0] result_seq;
    wire result_taken;
    always @(posedge clk) begin
        if (core_rst) begin
            result_pending <= 1'b0;
            result_position <= 16'd0;
        end else begin
            if (result_taken) result_pending <= 1'b0;
            if (core_out_valid && !result_pending) begin
                results[result_position] <= core_out_data;
                result_position <= result_position + 1'b1;
            end
            if (core_done) begin
                result_pending <= 1'b1;
                result_position <= 16'd0;
                result_class <= core_out_class;
                result_cycles <= cycle_counter - started_at;
                result_seq <= image_seq;
            end
        end
    end

    // ---------------------------------------------------------------- reply composer and UART transmitter
    localparam [2:0] T_IDLE = 3'd0, T_HEAD = 3'd1, T_CLASS = 3'd2, T_VALUES = 3'd3, T_CYCLES = 3'd4,
                     T_INFO = 3'd5, T_CRC = 3'd6;
    reg [2:0] t_state;
    reg [1:0] t_head;          // sync, status, seq
    reg t_is_result;
    reg [7:0] t_status, t_seq, t_crc;
    reg [15:0] t_value;
    reg [7:0] t_part;          // byte within a field
    wire tx_busy;
    reg tx_start;
    reg [7:0] tx_data;

    assign ctl_taken = t_state == T_IDLE && !tx_busy && !tx_start && ctl_pending;
    assign result_taken = t_state == T_IDLE && !tx_busy && !tx_start && !ctl_pending && result_pending;
    reg t_info;

    wire [VALUE_BITS_WIDE-1:0] value_wide = RESULT_SIGNED != 0
        ? {{VALUE_BITS_WIDE{results[t_value][RESULT_BITS-1]}}, results[t_value]}
        : {{VALUE_BITS_WIDE{1'b0}}, results[t_value]};
    wire [15:0] class_wide = {{16{1'b0}}, result_class};
    localparam [15:0] INFO_STEPS = EOS_PER_IMAGE, INFO_CAPACITY = CAPACITY, INFO_OUTPUTS = N_OUT;
    localparam [7:0] INFO_SIGNED = RESULT_SIGNED, INFO_BITS = RESULT_BITS, INFO_RECORD = REC_BYTES;
    // little-endian from byte 0: design id (4), protocol version 1, record bytes, outputs (2),
    // result bits, result signed, capacity (2), end-of-step records per image (2)
    wire [8*INFO_BYTES-1:0] info = {
        INFO_STEPS, INFO_CAPACITY, INFO_SIGNED, INFO_BITS, INFO_OUTPUTS, INFO_RECORD, 8'd1, DESIGN_ID
    };

    reg [7:0] next_byte;
    always @(*) begin
        case (t_state)
            T_HEAD: next_byte = t_head == 2'd0 ? SYNC_OUT : (t_head == 2'd1 ? t_status : t_seq);
            T_CLASS: next_byte = class_wide[8*t_part +: 8];
            T_VALUES: next_byte = value_wide[8*t_part +: 8];
            T_CYCLES: next_byte = result_cycles[8*t_part +: 8];
            T_INFO: next_byte = info[8*t_part +: 8];
            default: next_byte = t_crc;
        endcase
    end

    wire t_send = t_state != T_IDLE && !tx_busy && !tx_start;
    always @(posedge clk) begin
        tx_start <= 1'b0;
        if (rst) begin
            t_state <= T_IDLE;
        end else if (ctl_taken || result_taken) begin
            t_state <= T_HEAD;
            t_head <= 2'd0;
            t_is_result <= result_taken;
            t_info <= ctl_taken && ctl_info;
            t_status <= result_taken ? OK : ctl_status;
            t_seq <= result_taken ? result_seq : ctl_seq;
            t_crc <= 8'h00;
        end else if (t_send) begin
            tx_start <= 1'b1;
            tx_data <= next_byte;
            if (t_state != T_HEAD || t_head != 2'd0) t_crc <= crc8(t_crc, next_byte);
            t_part <= t_part + 1'b1;
            case (t_state)
                T_HEAD: begin
                    t_head <= t_head + 1'b1;
                    t_part <= 8'd0;
                    t_value <= 16'd0;
                    if (t_head == 2'd2)
                        t_state <= t_is_result ? T_CLASS : (t_info ? T_INFO : T_CRC);
                end
                T_CLASS: if (t_part == 8'd1) begin
                    t_state <= T_VALUES;
                    t_part <= 8'd0;
                end
                T_VALUES: if (t_part == VALUE_BYTES - 1) begin
                    t_part <= 8'd0;
                    t_value <= t_value + 1'b1;
                    if (t_value == N_OUT - 1) t_state <= T_CYCLES;
                end
                T_CYCLES: if (t_part == 8'd3) t_state <= T_CRC;
                T_INFO: if (t_part == INFO_BYTES - 1) t_state <= T_CRC;
                default: t_state <= T_IDLE;
            endcase
        end
    end

    // 8N1: a start bit, eight data bits (least significant first), a stop bit, each CLKS_PER_BIT long
    reg [BIT_COUNTER_BITS-1:0] tx_timer;
    reg [3:0] tx_bits_left;
    reg [8:0] tx_shift;
    reg tx_line;
    assign tx = tx_line;
    assign tx_busy = tx_bits_left != 4'd0;
    always @(posedge clk) begin
        if (rst) begin
            tx_bits_left <= 4'd0;
            tx_line <= 1'b1;
        end else if (tx_start) begin
            tx_line <= 1'b0;
            tx_shift <= {1'b1, tx_data};
            tx_bits_left <= 4'd10;
            tx_timer <= CLKS_PER_BIT - 1;
        end else if (tx_bits_left != 4'd0) begin
            if (tx_timer == 0) begin
                tx_bits_left <= tx_bits_left - 1'b1;
                if (tx_bits_left != 4'd1) begin
                    tx_line <= tx_shift[0];
                    tx_shift <= {1'b1, tx_shift[8:1]};
                    tx_timer <= CLKS_PER_BIT - 1;
                end
            end else tx_timer <= tx_timer - 1'b1;
        end
    end

    always @(posedge clk)
        if (rst) error_seen <= 1'b0;
        else if (t_send && t_state == T_HEAD && t_head == 2'd1) error_seen <= t_status != OK;

    assign receiving = f_state != F_SYNC || rx_state != 2'd0;
    assign computing = core_busy || p_sending || frame_ready;
    assign idle = !receiving && !computing && !result_pending && !ctl_pending && t_state == T_IDLE
                  && !tx_busy && !tx_start;
endmodule

`default_nettype wire
