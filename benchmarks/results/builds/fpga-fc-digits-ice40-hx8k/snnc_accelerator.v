// Generated automatically via PyRTL
// As one initial test of synthesis, map to FPGA with:
//   yosys -p "synth_xilinx -top snnc_accelerator" thisfile.v

module snnc_accelerator(clk, rst, in_eos, in_index, in_valid, in_value, out_ready, start, busy, done, in_ready, out_class, out_data, out_valid);
    input clk;
    input rst;
    input in_eos;
    input[5:0] in_index;
    input in_valid;
    input[7:0] in_value;
    input out_ready;
    input start;
    output busy;
    output done;
    output in_ready;
    output[3:0] out_class;
    output[3:0] out_data;
    output out_valid;

    // Memories
    reg[13:0] s0_in_events[255:0];  // MemBlock
    reg[6:0] s1_in_events[511:0];  // MemBlock
    reg[7:0] s0_weights[8191:0];  // MemBlock
    reg[20:0] s0_membranes[127:0];  // MemBlock
    reg[19:0] s0_params[127:0];  // MemBlock
    reg[19:0] s0_currents[127:0];  // MemBlock
    reg s0_spikes[255:0];  // MemBlock
    reg[7:0] s1_weights[2047:0];  // MemBlock
    reg[13:0] s1_membranes[15:0];  // MemBlock
    reg[12:0] s1_params[15:0];  // MemBlock
    reg[3:0] s1_counts[15:0];  // MemBlock

    initial begin
        $readmemh("s0_weights.hex", s0_weights);
        $readmemh("s0_params.hex", s0_params);
        $readmemh("s1_weights.hex", s1_weights);
        $readmemh("s1_params.hex", s1_params);
    end

    // Registers
    reg busy_reg;
    reg[19:0] s0_acc0;
    reg[19:0] s0_current_word;
    reg[6:0] s0_emit_group;
    reg s0_emit_half;
    reg s0_emit_raw;
    reg s0_emit_sent;
    reg[1:0] s0_emit_state;
    reg[13:0] s0_entry;
    reg[6:0] s0_events;
    reg[6:0] s0_group;
    reg[6:0] s0_in_count0;
    reg[6:0] s0_in_count1;
    reg s0_in_full0;
    reg s0_in_full1;
    reg s0_in_wr_half;
    reg[6:0] s0_in_wr_ptr;
    reg s0_issuing;
    reg[6:0] s0_k;
    reg[6:0] s0_p1_group;
    reg s0_p1_last;
    reg s0_p1_update;
    reg s0_p1_valid;
    reg[6:0] s0_p2_group;
    reg s0_p2_last;
    reg s0_p2_update;
    reg s0_p2_valid;
    reg[19:0] s0_param_word;
    reg[7:0] s0_pixel;
    reg s0_rd_half;
    reg s0_running;
    reg s0_spike_full0;
    reg s0_spike_full1;
    reg s0_spike_wr_half;
    reg[2:0] s0_step;
    reg[20:0] s0_v_word;
    reg[7:0] s0_weight_word;
    reg[12:0] s1_acc0;
    reg[4:0] s1_best;
    reg[3:0] s1_best_index;
    reg[3:0] s1_count_word;
    reg[6:0] s1_entry;
    reg[7:0] s1_events;
    reg[3:0] s1_group;
    reg[7:0] s1_in_count0;
    reg[7:0] s1_in_count1;
    reg s1_in_full0;
    reg s1_in_full1;
    reg s1_in_wr_half;
    reg[7:0] s1_in_wr_ptr;
    reg s1_issuing;
    reg[7:0] s1_k;
    reg[3:0] s1_out_group_reg;
    reg s1_out_lane;
    reg[3:0] s1_out_position;
    reg[1:0] s1_out_state;
    reg[3:0] s1_p1_group;
    reg s1_p1_last;
    reg s1_p1_update;
    reg s1_p1_valid;
    reg[3:0] s1_p2_group;
    reg s1_p2_last;
    reg s1_p2_update;
    reg s1_p2_valid;
    reg[12:0] s1_param_word;
    reg s1_rd_half;
    reg s1_running;
    reg[2:0] s1_step;
    reg[13:0] s1_v_word;
    reg[7:0] s1_weight_word;

    // Constants
    wire[20:0] const_49_55600 = 21'd55600;
    wire[20:0] const_51_0 = 21'd0;
    wire[1:0] const_56_1 = 2'd1;
    wire[25:0] const_57_66060288 = 26'd66060288;
    wire[25:0] const_58_1048575 = 26'd1048575;
    wire[13:0] const_123_152 = 14'd152;
    wire[13:0] const_125_0 = 14'd0;
    wire[1:0] const_129_1 = 2'd1;
    wire[18:0] const_130_516096 = 19'd516096;
    wire[18:0] const_131_8191 = 19'd8191;

    // Temporaries
    wire done_w;
    wire[3:0] out_class_w;
    wire[3:0] out_data_w;
    wire out_valid_w;
    wire s0_emit_advance;
    wire s0_emit_inverted;
    wire s0_in_clear0;
    wire s0_in_clear1;
    wire s0_in_push_eos;
    wire[5:0] s0_in_push_index;
    wire s0_in_push_ready;
    wire s0_in_push_valid;
    wire[7:0] s0_in_push_value;
    wire s0_spike_half_busy;
    wire[3:0] s1_count_before0;
    wire s1_in_clear0;
    wire s1_in_clear1;
    wire s1_in_push_eos;
    wire[6:0] s1_in_push_index;
    wire s1_in_push_ready;
    wire s1_in_push_valid;
    wire s1_out_active;
    wire[3:0] s1_out_group;
    wire s1_spike_half_busy;
    wire tmp4;
    wire tmp5;
    wire[7:0] tmp10;
    wire[7:0] tmp13;
    wire tmp17;
    wire tmp23;
    wire tmp30;
    wire tmp31;
    wire[8:0] tmp35;
    wire[8:0] tmp38;
    wire tmp42;
    wire tmp48;
    wire tmp56;
    wire tmp64;
    wire tmp65;
    wire tmp66;
    wire tmp67;
    wire[7:0] tmp80;
    wire[7:0] tmp87;
    wire[3:0] tmp98;
    wire[7:0] tmp130;
    wire[13:0] tmp132;
    wire[15:0] tmp135;
    wire[16:0] tmp137;
    wire[12:0] tmp138;
    wire[7:0] tmp140;
    wire[20:0] tmp143;
    wire[19:0] tmp145;
    wire tmp149;
    wire[7:0] tmp150;
    wire[8:0] tmp151;
    wire tmp152;
    wire tmp154;
    wire[33:0] tmp156;
    wire[16:0] tmp157;
    wire tmp158;
    wire[20:0] tmp160;
    wire[20:0] tmp164;
    wire[19:0] tmp165;
    wire[19:0] tmp167;
    wire[19:0] tmp170;
    wire[20:0] tmp172;
    wire tmp173;
    wire[25:0] tmp174;
    wire tmp175;
    wire tmp177;
    wire[26:0] tmp179;
    wire[27:0] tmp181;
    wire[25:0] tmp182;
    wire tmp183;
    wire tmp185;
    wire[55:0] tmp187;
    wire[27:0] tmp188;
    wire[25:0] tmp189;
    wire[24:0] tmp190;
    wire[26:0] tmp193;
    wire[25:0] tmp194;
    wire[26:0] tmp195;
    wire[26:0] tmp203;
    wire[25:0] tmp212;
    wire[20:0] tmp213;
    wire[21:0] tmp214;
    wire tmp221;
    wire tmp228;
    wire tmp229;
    wire tmp230;
    wire[7:0] tmp231;
    wire[7:0] tmp235;
    wire tmp237;
    wire tmp239;
    wire[1:0] tmp241;
    wire tmp244;
    wire tmp252;
    wire[7:0] tmp256;
    wire[13:0] tmp291;
    wire[14:0] tmp292;
    wire tmp300;
    wire tmp306;
    wire tmp307;
    wire tmp308;
    wire tmp309;
    wire[4:0] tmp321;
    wire[8:0] tmp328;
    wire[3:0] tmp339;
    wire[8:0] tmp371;
    wire[6:0] tmp373;
    wire[13:0] tmp374;
    wire[14:0] tmp376;
    wire[10:0] tmp377;
    wire[7:0] tmp379;
    wire[3:0] tmp380;
    wire[13:0] tmp382;
    wire[12:0] tmp384;
    wire tmp388;
    wire[7:0] tmp389;
    wire tmp390;
    wire[13:0] tmp392;
    wire[13:0] tmp396;
    wire[12:0] tmp397;
    wire[13:0] tmp399;
    wire tmp400;
    wire[18:0] tmp401;
    wire tmp402;
    wire tmp404;
    wire[19:0] tmp406;
    wire[20:0] tmp408;
    wire[18:0] tmp409;
    wire tmp410;
    wire tmp412;
    wire[41:0] tmp414;
    wire[20:0] tmp415;
    wire[18:0] tmp416;
    wire[17:0] tmp417;
    wire[19:0] tmp420;
    wire[18:0] tmp421;
    wire[19:0] tmp422;
    wire[19:0] tmp430;
    wire[18:0] tmp439;
    wire[13:0] tmp440;
    wire[14:0] tmp441;
    wire tmp448;
    wire[3:0] tmp451;
    wire[4:0] tmp455;
    wire[3:0] tmp457;
    wire tmp459;
    wire[4:0] tmp462;
    wire tmp463;
    wire tmp464;
    wire[5:0] tmp466;
    wire tmp475;
    wire tmp478;
    wire tmp481;
    wire tmp487;
    wire[4:0] tmp495;
    wire[4:0] tmp511;
    wire[1:0] tmp520;
    wire[4:0] tmp530;

    // Combinational logic
    assign busy = busy_reg;
    assign done = done_w;
    assign done_w = (s1_out_state == 2'd3);
    assign in_ready = (busy_reg & s0_in_push_ready);
    assign out_class = out_class_w;
    assign out_class_w = s1_best_index;
    assign out_data = out_data_w;
    assign out_data_w = tmp457;
    assign out_valid = out_valid_w;
    assign out_valid_w = tmp463;
    assign s0_emit_advance = (tmp229 & ((tmp239 & ~(tmp244)) == 1'd0));
    assign s0_emit_inverted = ~(tmp239);
    assign s0_in_clear0 = ((tmp65 & tmp56) & (s0_rd_half == 1'd0));
    assign s0_in_clear1 = ((tmp65 & tmp56) & (s0_rd_half == 1'd1));
    assign s0_in_push_eos = in_eos;
    assign s0_in_push_index = in_index;
    assign s0_in_push_ready = ~((s0_in_wr_half ? s0_in_full1 : s0_in_full0));
    assign s0_in_push_valid = (in_valid & busy_reg);
    assign s0_in_push_value = (in_value[7:0]);
    assign s0_spike_half_busy = (s0_spike_wr_half ? s0_spike_full1 : s0_spike_full0);
    assign s1_count_before0 = (tmp300 ? 4'd0 : (s1_count_word[3:0]));
    assign s1_in_clear0 = ((tmp307 & 1'd1) & (s1_rd_half == 1'd0));
    assign s1_in_clear1 = ((tmp307 & 1'd1) & (s1_rd_half == 1'd1));
    assign s1_in_push_eos = tmp230;
    assign s1_in_push_index = (tmp230 ? 7'd0 : (tmp292[6:0]));
    assign s1_in_push_ready = ~((s1_in_wr_half ? s1_in_full1 : s1_in_full0));
    assign s1_in_push_valid = ((tmp229 & ~((tmp239 == 1'd0))) | tmp230);
    assign s1_out_active = ~((s1_out_state == 2'd0));
    assign s1_out_group = s1_out_group_reg;
    assign s1_spike_half_busy = 1'd0;
    assign tmp4 = (s0_in_push_valid & s0_in_push_ready);
    assign tmp5 = (tmp4 & s0_in_push_eos);
    assign tmp10 = (s0_in_wr_ptr + 7'd1);
    assign tmp13 = (tmp4 ? (s0_in_push_eos ? 8'd0 : tmp10) : {1'd0, s0_in_wr_ptr});
    assign tmp17 = (tmp5 & (s0_in_wr_half == 1'd0));
    assign tmp23 = (tmp5 & (s0_in_wr_half == 1'd1));
    assign tmp30 = (s1_in_push_valid & s1_in_push_ready);
    assign tmp31 = (tmp30 & s1_in_push_eos);
    assign tmp35 = (s1_in_wr_ptr + 8'd1);
    assign tmp38 = (tmp30 ? (s1_in_push_eos ? 9'd0 : tmp35) : {1'd0, s1_in_wr_ptr});
    assign tmp42 = (tmp31 & (s1_in_wr_half == 1'd0));
    assign tmp48 = (tmp31 & (s1_in_wr_half == 1'd1));
    assign tmp56 = (s0_step == 3'd0);
    assign tmp64 = ((~(s0_running) & ((s0_rd_half ? s0_in_full1 : s0_in_full0) | ~(tmp56))) & ~(s0_spike_half_busy));
    assign tmp65 = (s0_p2_valid & s0_p2_last);
    assign tmp66 = (s0_k == s0_events);
    assign tmp67 = (s0_group == 7'd127);
    assign tmp80 = (s0_group + 7'd1);
    assign tmp87 = (s0_k + 7'd1);
    assign tmp98 = (s0_step + 3'd1);
    assign tmp130 = {s0_rd_half, s0_k};
    assign tmp135 = ({2'd0, (s0_entry[13:8])} * 8'd128);
    assign tmp137 = (tmp135 + {9'd0, s0_p1_group});
    assign tmp138 = (tmp137[12:0]);
    assign tmp149 = (s0_p2_valid & s0_p2_update);
    assign tmp150 = (s0_weight_word[7:0]);
    assign tmp151 = {1'd0, s0_pixel};
    assign tmp152 = (tmp150[7]);
    assign tmp154 = (tmp151[8]);
    assign tmp156 = ({{9 {tmp152}}, tmp150} * {{8 {tmp154}}, tmp151});
    assign tmp157 = (tmp156[16:0]);
    assign tmp158 = (tmp157[16]);
    assign tmp160 = (s0_acc0 + {{3 {tmp158}}, tmp157});
    assign tmp164 = (s0_acc0 + (s0_param_word[19:0]));
    assign tmp165 = (tmp164[19:0]);
    assign tmp170 = (tmp56 ? tmp165 : (s0_current_word[19:0]));
    assign tmp172 = (tmp56 ? 21'd0 : (s0_v_word[20:0]));
    assign tmp173 = (tmp172[20]);
    assign tmp174 = {{5 {tmp173}}, tmp172};
    assign tmp175 = (tmp170[19]);
    assign tmp177 = (const_51_0[20]);
    assign tmp179 = ({{5 {tmp177}}, const_51_0} - tmp174);
    assign tmp181 = (tmp179 + {1'd0, {{6 {tmp175}}, tmp170}});
    assign tmp182 = (tmp181[25:0]);
    assign tmp183 = (tmp182[25]);
    assign tmp185 = (const_56_1[1]);
    assign tmp187 = ({{2 {tmp183}}, tmp182} * {{26 {tmp185}}, const_56_1});
    assign tmp188 = (tmp187[27:0]);
    assign tmp189 = (tmp188[25:0]);
    assign tmp190 = (tmp189[25:1]);
    assign tmp193 = (tmp174 + {(tmp190[24]), tmp190});
    assign tmp194 = (tmp193[25:0]);
    assign tmp195 = (tmp194 - const_57_66060288);
    assign tmp203 = (const_58_1048575 - tmp194);
    assign tmp212 = ((((tmp195[26]) ^ ~((tmp194[25]))) ^ ~((const_57_66060288[25]))) ? const_57_66060288 : ((((tmp203[26]) ^ ~((tmp194[25]))) ^ ~((const_58_1048575[25]))) ? const_58_1048575 : tmp194));
    assign tmp213 = (tmp212[20:0]);
    assign tmp214 = (const_49_55600 - tmp213);
    assign tmp221 = (((tmp214[21]) ^ ~((tmp213[20]))) ^ ~((const_49_55600[20])));
    assign tmp228 = (((s0_emit_state == 2'd0) & (s0_emit_half ? s0_spike_full1 : s0_spike_full0)) & s1_in_push_ready);
    assign tmp229 = (s0_emit_state == 2'd1);
    assign tmp230 = (s0_emit_state == 2'd2);
    assign tmp231 = (s0_emit_group + 7'd1);
    assign tmp235 = {s0_emit_half, (tmp228 ? 7'd0 : (s0_emit_advance ? (tmp231[6:0]) : s0_emit_group))};
    assign tmp239 = (s0_emit_raw & ~(s0_emit_sent));
    assign tmp241 = (s0_emit_inverted + 1'd1);
    assign tmp244 = ((tmp239 & (tmp241[0])));
    assign tmp252 = (s0_emit_group == 7'd127);
    assign tmp256 = (s0_emit_group + 7'd1);
    assign tmp291 = (s0_emit_group * 7'd1);
    assign tmp292 = (tmp291 + 14'd0);
    assign tmp300 = (s1_step == 3'd0);
    assign tmp306 = ((~(s1_running) & (s1_rd_half ? s1_in_full1 : s1_in_full0)) & ~(s1_spike_half_busy));
    assign tmp307 = (s1_p2_valid & s1_p2_last);
    assign tmp308 = (s1_k == s1_events);
    assign tmp309 = (s1_group == 4'd9);
    assign tmp321 = (s1_group + 4'd1);
    assign tmp328 = (s1_k + 8'd1);
    assign tmp339 = (s1_step + 3'd1);
    assign tmp371 = {s1_rd_half, s1_k};
    assign tmp374 = (s1_entry * 7'd10);
    assign tmp376 = (tmp374 + {10'd0, s1_p1_group});
    assign tmp377 = (tmp376[10:0]);
    assign tmp380 = (s1_out_active ? s1_out_group : s1_p1_group);
    assign tmp388 = (s1_p2_valid & s1_p2_update);
    assign tmp389 = (s1_weight_word[7:0]);
    assign tmp390 = (tmp389[7]);
    assign tmp392 = (s1_acc0 + {{5 {tmp390}}, tmp389});
    assign tmp396 = (s1_acc0 + (s1_param_word[12:0]));
    assign tmp397 = (tmp396[12:0]);
    assign tmp399 = (tmp300 ? 14'd0 : (s1_v_word[13:0]));
    assign tmp400 = (tmp399[13]);
    assign tmp401 = {{5 {tmp400}}, tmp399};
    assign tmp402 = (tmp397[12]);
    assign tmp404 = (const_125_0[13]);
    assign tmp406 = ({{5 {tmp404}}, const_125_0} - tmp401);
    assign tmp408 = (tmp406 + {1'd0, {{6 {tmp402}}, tmp397}});
    assign tmp409 = (tmp408[18:0]);
    assign tmp410 = (tmp409[18]);
    assign tmp412 = (const_129_1[1]);
    assign tmp414 = ({{2 {tmp410}}, tmp409} * {{19 {tmp412}}, const_129_1});
    assign tmp415 = (tmp414[20:0]);
    assign tmp416 = (tmp415[18:0]);
    assign tmp417 = (tmp416[18:1]);
    assign tmp420 = (tmp401 + {(tmp417[17]), tmp417});
    assign tmp421 = (tmp420[18:0]);
    assign tmp422 = (tmp421 - const_130_516096);
    assign tmp430 = (const_131_8191 - tmp421);
    assign tmp439 = ((((tmp422[19]) ^ ~((tmp421[18]))) ^ ~((const_130_516096[18]))) ? const_130_516096 : ((((tmp430[19]) ^ ~((tmp421[18]))) ^ ~((const_131_8191[18]))) ? const_131_8191 : tmp421));
    assign tmp440 = (tmp439[13:0]);
    assign tmp441 = (const_123_152 - tmp440);
    assign tmp448 = (((tmp441[14]) ^ ~((tmp440[13]))) ^ ~((const_123_152[13])));
    assign tmp455 = (s1_count_before0 + {3'd0, tmp448});
    assign tmp457 = (s1_count_word[3:0]);
    assign tmp459 = (tmp307 & (s1_step == 3'd7));
    assign tmp462 = {1'd0, tmp457};
    assign tmp463 = (s1_out_state == 2'd2);
    assign tmp464 = (tmp463 & out_ready);
    assign tmp466 = (s1_best - tmp462);
    assign tmp475 = (tmp464 & ((s1_out_position == 4'd0) | (((tmp466[5]) ^ ~((tmp462[4]))) ^ ~((s1_best[4])))));
    assign tmp478 = (s1_out_state == 2'd1);
    assign tmp481 = (s1_out_position == 4'd9);
    assign tmp487 = (s1_out_lane == 1'd0);
    assign tmp495 = (s1_out_group_reg + 4'd1);
    assign tmp511 = (s1_out_position + 4'd1);
    assign tmp520 = (s1_out_lane + 1'd1);
    assign tmp530 = (s1_out_position + 4'd1);

    // Register logic
    always @(posedge clk) begin
        if (rst) begin
            busy_reg <= 1'd0;
            s0_acc0 <= 20'd0;
            s0_current_word <= 20'd0;
            s0_emit_group <= 7'd0;
            s0_emit_half <= 1'd0;
            s0_emit_raw <= 1'd0;
            s0_emit_sent <= 1'd0;
            s0_emit_state <= 2'd0;
            s0_entry <= 14'd0;
            s0_events <= 7'd0;
            s0_group <= 7'd0;
            s0_in_count0 <= 7'd0;
            s0_in_count1 <= 7'd0;
            s0_in_full0 <= 1'd0;
            s0_in_full1 <= 1'd0;
            s0_in_wr_half <= 1'd0;
            s0_in_wr_ptr <= 7'd0;
            s0_issuing <= 1'd0;
            s0_k <= 7'd0;
            s0_p1_group <= 7'd0;
            s0_p1_last <= 1'd0;
            s0_p1_update <= 1'd0;
            s0_p1_valid <= 1'd0;
            s0_p2_group <= 7'd0;
            s0_p2_last <= 1'd0;
            s0_p2_update <= 1'd0;
            s0_p2_valid <= 1'd0;
            s0_param_word <= 20'd0;
            s0_pixel <= 8'd0;
            s0_rd_half <= 1'd0;
            s0_running <= 1'd0;
            s0_spike_full0 <= 1'd0;
            s0_spike_full1 <= 1'd0;
            s0_spike_wr_half <= 1'd0;
            s0_step <= 3'd0;
            s0_v_word <= 21'd0;
            s0_weight_word <= 8'd0;
            s1_acc0 <= 13'd0;
            s1_best <= 5'd0;
            s1_best_index <= 4'd0;
            s1_count_word <= 4'd0;
            s1_entry <= 7'd0;
            s1_events <= 8'd0;
            s1_group <= 4'd0;
            s1_in_count0 <= 8'd0;
            s1_in_count1 <= 8'd0;
            s1_in_full0 <= 1'd0;
            s1_in_full1 <= 1'd0;
            s1_in_wr_half <= 1'd0;
            s1_in_wr_ptr <= 8'd0;
            s1_issuing <= 1'd0;
            s1_k <= 8'd0;
            s1_out_group_reg <= 4'd0;
            s1_out_lane <= 1'd0;
            s1_out_position <= 4'd0;
            s1_out_state <= 2'd0;
            s1_p1_group <= 4'd0;
            s1_p1_last <= 1'd0;
            s1_p1_update <= 1'd0;
            s1_p1_valid <= 1'd0;
            s1_p2_group <= 4'd0;
            s1_p2_last <= 1'd0;
            s1_p2_update <= 1'd0;
            s1_p2_valid <= 1'd0;
            s1_param_word <= 13'd0;
            s1_rd_half <= 1'd0;
            s1_running <= 1'd0;
            s1_step <= 3'd0;
            s1_v_word <= 14'd0;
            s1_weight_word <= 8'd0;
        end else begin
            busy_reg <= (start ? 1'd1 : (done_w ? 1'd0 : busy_reg));
            s0_acc0 <= ((s0_p2_valid & ~(s0_p2_update)) ? (tmp160[19:0]) : (tmp149 ? 20'd0 : s0_acc0));
            s0_current_word <= tmp167;
            s0_emit_group <= (((~(tmp228) & s0_emit_advance) & ~(tmp252)) ? (tmp256[6:0]) : (tmp228 ? 7'd0 : s0_emit_group));
            s0_emit_half <= (((~(tmp228) & ~(s0_emit_advance)) & tmp230) ? ~(s0_emit_half) : s0_emit_half);
            s0_emit_raw <= tmp237;
            s0_emit_sent <= ((tmp228 | s0_emit_advance) ? 1'd0 : (s0_emit_sent | tmp244));
            s0_emit_state <= (((~(tmp228) & ~(s0_emit_advance)) & tmp230) ? 2'd0 : (((~(tmp228) & s0_emit_advance) & tmp252) ? 2'd2 : (tmp228 ? 2'd1 : s0_emit_state)));
            s0_entry <= tmp132;
            s0_events <= (tmp64 ? (tmp56 ? (s0_rd_half ? s0_in_count1 : s0_in_count0) : 7'd0) : s0_events);
            s0_group <= ((((~(tmp64) & s0_issuing) & tmp66) & ~(tmp67)) ? (tmp80[6:0]) : ((((~(tmp64) & s0_issuing) & tmp66) & tmp67) ? 7'd0 : (tmp64 ? 7'd0 : s0_group)));
            s0_in_count0 <= (tmp17 ? s0_in_wr_ptr : s0_in_count0);
            s0_in_count1 <= (tmp23 ? s0_in_wr_ptr : s0_in_count1);
            s0_in_full0 <= (tmp17 | (s0_in_full0 & ~(s0_in_clear0)));
            s0_in_full1 <= (tmp23 | (s0_in_full1 & ~(s0_in_clear1)));
            s0_in_wr_half <= (s0_in_wr_half ^ tmp5);
            s0_in_wr_ptr <= (tmp13[6:0]);
            s0_issuing <= ((((~(tmp64) & s0_issuing) & tmp66) & tmp67) ? 1'd0 : (tmp64 ? 1'd1 : s0_issuing));
            s0_k <= (((~(tmp64) & s0_issuing) & ~(tmp66)) ? (tmp87[6:0]) : (((~(tmp64) & s0_issuing) & tmp66) ? 7'd0 : (tmp64 ? 7'd0 : s0_k)));
            s0_p1_group <= s0_group;
            s0_p1_last <= (tmp66 & tmp67);
            s0_p1_update <= tmp66;
            s0_p1_valid <= s0_issuing;
            s0_p2_group <= s0_p1_group;
            s0_p2_last <= s0_p1_last;
            s0_p2_update <= s0_p1_update;
            s0_p2_valid <= s0_p1_valid;
            s0_param_word <= tmp145;
            s0_pixel <= (s0_entry[7:0]);
            s0_rd_half <= (((~(tmp64) & ~(s0_issuing)) & tmp65) ? (s0_rd_half ^ tmp56) : s0_rd_half);
            s0_running <= (((~(tmp64) & ~(s0_issuing)) & tmp65) ? 1'd0 : (tmp64 ? 1'd1 : s0_running));
            s0_spike_full0 <= ((tmp65 & (s0_spike_wr_half == 1'd0)) | (s0_spike_full0 & ~((tmp230 & (s0_emit_half == 1'd0)))));
            s0_spike_full1 <= ((tmp65 & (s0_spike_wr_half == 1'd1)) | (s0_spike_full1 & ~((tmp230 & (s0_emit_half == 1'd1)))));
            s0_spike_wr_half <= (s0_spike_wr_half ^ tmp65);
            s0_step <= (((~(tmp64) & ~(s0_issuing)) & tmp65) ? ((s0_step == 3'd7) ? 3'd0 : (tmp98[2:0])) : s0_step);
            s0_v_word <= tmp143;
            s0_weight_word <= tmp140;
            s1_acc0 <= ((s1_p2_valid & ~(s1_p2_update)) ? (tmp392[12:0]) : (tmp388 ? 13'd0 : s1_acc0));
            s1_best <= (tmp475 ? tmp462 : s1_best);
            s1_best_index <= (tmp475 ? s1_out_position : s1_best_index);
            s1_count_word <= tmp451;
            s1_entry <= tmp373;
            s1_events <= (tmp306 ? (s1_rd_half ? s1_in_count1 : s1_in_count0) : s1_events);
            s1_group <= ((((~(tmp306) & s1_issuing) & tmp308) & ~(tmp309)) ? (tmp321[3:0]) : ((((~(tmp306) & s1_issuing) & tmp308) & tmp309) ? 4'd0 : (tmp306 ? 4'd0 : s1_group)));
            s1_in_count0 <= (tmp42 ? s1_in_wr_ptr : s1_in_count0);
            s1_in_count1 <= (tmp48 ? s1_in_wr_ptr : s1_in_count1);
            s1_in_full0 <= (tmp42 | (s1_in_full0 & ~(s1_in_clear0)));
            s1_in_full1 <= (tmp48 | (s1_in_full1 & ~(s1_in_clear1)));
            s1_in_wr_half <= (s1_in_wr_half ^ tmp31);
            s1_in_wr_ptr <= (tmp38[7:0]);
            s1_issuing <= ((((~(tmp306) & s1_issuing) & tmp308) & tmp309) ? 1'd0 : (tmp306 ? 1'd1 : s1_issuing));
            s1_k <= (((~(tmp306) & s1_issuing) & ~(tmp308)) ? (tmp328[7:0]) : (((~(tmp306) & s1_issuing) & tmp308) ? 8'd0 : (tmp306 ? 8'd0 : s1_k)));
            s1_out_group_reg <= (((((~(tmp459) & ~(tmp478)) & tmp464) & ~(tmp481)) & tmp487) ? (tmp495[3:0]) : (tmp459 ? 4'd0 : s1_out_group_reg));
            s1_out_lane <= (((((~(tmp459) & ~(tmp478)) & tmp464) & ~(tmp481)) & ~(tmp487)) ? (tmp520[0]) : (((((~(tmp459) & ~(tmp478)) & tmp464) & ~(tmp481)) & tmp487) ? 1'd0 : (tmp459 ? 1'd0 : s1_out_lane)));
            s1_out_position <= (((((~(tmp459) & ~(tmp478)) & tmp464) & ~(tmp481)) & ~(tmp487)) ? (tmp530[3:0]) : (((((~(tmp459) & ~(tmp478)) & tmp464) & ~(tmp481)) & tmp487) ? (tmp511[3:0]) : (tmp459 ? 4'd0 : s1_out_position)));
            s1_out_state <= ((((~(tmp459) & ~(tmp478)) & ~(tmp464)) & (s1_out_state == 2'd3)) ? 2'd0 : (((((~(tmp459) & ~(tmp478)) & tmp464) & ~(tmp481)) & tmp487) ? 2'd1 : ((((~(tmp459) & ~(tmp478)) & tmp464) & tmp481) ? 2'd3 : ((~(tmp459) & tmp478) ? 2'd2 : (tmp459 ? 2'd1 : s1_out_state)))));
            s1_p1_group <= s1_group;
            s1_p1_last <= (tmp308 & tmp309);
            s1_p1_update <= tmp308;
            s1_p1_valid <= s1_issuing;
            s1_p2_group <= s1_p1_group;
            s1_p2_last <= s1_p1_last;
            s1_p2_update <= s1_p1_update;
            s1_p2_valid <= s1_p1_valid;
            s1_param_word <= tmp384;
            s1_rd_half <= (((~(tmp306) & ~(s1_issuing)) & tmp307) ? (s1_rd_half ^ 1'd1) : s1_rd_half);
            s1_running <= (((~(tmp306) & ~(s1_issuing)) & tmp307) ? 1'd0 : (tmp306 ? 1'd1 : s1_running));
            s1_step <= (((~(tmp306) & ~(s1_issuing)) & tmp307) ? ((s1_step == 3'd7) ? 3'd0 : (tmp339[2:0])) : s1_step);
            s1_v_word <= tmp382;
            s1_weight_word <= tmp379;
        end
    end

    // MemBlock s0_in_events logic
    always @(posedge clk) begin
        if ((tmp4 & ~(s0_in_push_eos))) begin
            s0_in_events[{s0_in_wr_half, s0_in_wr_ptr}] <= {s0_in_push_index, s0_in_push_value};
        end
    end
    assign tmp132 = s0_in_events[(tmp130[7:0])];

    // MemBlock s1_in_events logic
    always @(posedge clk) begin
        if ((tmp30 & ~(s1_in_push_eos))) begin
            s1_in_events[{s1_in_wr_half, s1_in_wr_ptr}] <= s1_in_push_index;
        end
    end
    assign tmp373 = s1_in_events[(tmp371[8:0])];

    // MemBlock s0_weights logic
    assign tmp140 = s0_weights[(tmp138[12:0])];

    // MemBlock s0_membranes logic
    always @(posedge clk) begin
        if (tmp149) begin
            s0_membranes[s0_p2_group] <= (tmp221 ? 21'd0 : tmp213);
        end
    end
    assign tmp143 = s0_membranes[(s0_p1_group[6:0])];

    // MemBlock s0_params logic
    assign tmp145 = s0_params[(s0_p1_group[6:0])];

    // MemBlock s0_currents logic
    always @(posedge clk) begin
        if ((tmp149 & tmp56)) begin
            s0_currents[s0_p2_group] <= tmp165;
        end
    end
    assign tmp167 = s0_currents[(s0_p1_group[6:0])];

    // MemBlock s0_spikes logic
    always @(posedge clk) begin
        if (tmp149) begin
            s0_spikes[{s0_spike_wr_half, s0_p2_group}] <= tmp221;
        end
    end
    assign tmp237 = s0_spikes[(tmp235[7:0])];

    // MemBlock s1_weights logic
    assign tmp379 = s1_weights[(tmp377[10:0])];

    // MemBlock s1_membranes logic
    always @(posedge clk) begin
        if (tmp388) begin
            s1_membranes[s1_p2_group] <= (tmp448 ? 14'd0 : tmp440);
        end
    end
    assign tmp382 = s1_membranes[(tmp380[3:0])];

    // MemBlock s1_params logic
    assign tmp384 = s1_params[(s1_p1_group[3:0])];

    // MemBlock s1_counts logic
    always @(posedge clk) begin
        if (tmp388) begin
            s1_counts[s1_p2_group] <= (tmp455[3:0]);
        end
    end
    assign tmp451 = s1_counts[(tmp380[3:0])];
endmodule
