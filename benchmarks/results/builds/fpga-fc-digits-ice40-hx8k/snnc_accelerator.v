// Generated automatically via PyRTL
// As one initial test of synthesis, map to FPGA with:
//   yosys -p "synth_xilinx -top snnc_accelerator" thisfile.v

module snnc_accelerator(clk, rst, in_c, in_eos, in_valid, in_value, in_x, in_y, out_ready, start, busy, done, in_ready, out_class, out_data, out_valid);
    input clk;
    input rst;
    input in_c;
    input in_eos;
    input in_valid;
    input[7:0] in_value;
    input[2:0] in_x;
    input[2:0] in_y;
    input out_ready;
    input start;
    output busy;
    output done;
    output in_ready;
    output[3:0] out_class;
    output[3:0] out_data;
    output out_valid;

    // Memories
    reg[14:0] s0_in_events[255:0];  // MemBlock
    reg[8:0] s1_in_events[511:0];  // MemBlock
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
    reg[7:0] images_in_flight;
    reg[19:0] s0_acc0;
    reg[19:0] s0_current_word;
    reg[6:0] s0_emit_gc;
    reg s0_emit_half;
    reg s0_emit_raw;
    reg s0_emit_sent;
    reg[1:0] s0_emit_state;
    reg[6:0] s0_emit_word;
    reg s0_emit_x;
    reg s0_emit_y;
    reg[14:0] s0_entry;
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
    reg[8:0] s1_entry;
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
    wire[20:0] const_62_55600 = 21'd55600;
    wire[20:0] const_64_0 = 21'd0;
    wire[1:0] const_69_1 = 2'd1;
    wire[25:0] const_70_66060288 = 26'd66060288;
    wire[25:0] const_71_1048575 = 26'd1048575;
    wire[13:0] const_148_152 = 14'd152;
    wire[13:0] const_150_0 = 14'd0;
    wire[1:0] const_154_1 = 2'd1;
    wire[18:0] const_155_516096 = 19'd516096;
    wire[18:0] const_156_8191 = 19'd8191;

    // Temporaries
    wire done_w;
    wire[3:0] out_class_w;
    wire[3:0] out_data_w;
    wire out_valid_w;
    wire s0_emit_advance;
    wire s0_emit_inverted;
    wire s0_in_clear0;
    wire s0_in_clear1;
    wire s0_in_push_c;
    wire s0_in_push_eos;
    wire s0_in_push_ready;
    wire s0_in_push_valid;
    wire[7:0] s0_in_push_value;
    wire[2:0] s0_in_push_x;
    wire[2:0] s0_in_push_y;
    wire s0_output_busy;
    wire[3:0] s1_count_before0;
    wire s1_in_clear0;
    wire s1_in_clear1;
    wire[6:0] s1_in_push_c;
    wire s1_in_push_eos;
    wire s1_in_push_ready;
    wire s1_in_push_valid;
    wire s1_in_push_x;
    wire s1_in_push_y;
    wire s1_out_active;
    wire[3:0] s1_out_group;
    wire s1_output_busy;
    wire[8:0] tmp1;
    wire[9:0] tmp3;
    wire tmp12;
    wire tmp13;
    wire tmp16;
    wire[7:0] tmp18;
    wire[7:0] tmp21;
    wire tmp25;
    wire tmp31;
    wire tmp41;
    wire tmp42;
    wire tmp45;
    wire[8:0] tmp47;
    wire[8:0] tmp50;
    wire tmp54;
    wire tmp60;
    wire tmp66;
    wire tmp67;
    wire tmp76;
    wire[3:0] tmp80;
    wire tmp92;
    wire tmp93;
    wire[7:0] tmp105;
    wire[7:0] tmp112;
    wire[7:0] tmp128;
    wire[14:0] tmp130;
    wire[7:0] tmp136;
    wire[8:0] tmp138;
    wire[17:0] tmp139;
    wire[18:0] tmp141;
    wire[37:0] tmp142;
    wire[38:0] tmp144;
    wire[12:0] tmp145;
    wire[7:0] tmp147;
    wire[20:0] tmp149;
    wire[19:0] tmp151;
    wire tmp155;
    wire[7:0] tmp156;
    wire[8:0] tmp157;
    wire tmp158;
    wire tmp160;
    wire[33:0] tmp162;
    wire[16:0] tmp163;
    wire tmp164;
    wire[20:0] tmp166;
    wire[20:0] tmp170;
    wire[19:0] tmp171;
    wire[19:0] tmp173;
    wire[19:0] tmp176;
    wire[20:0] tmp178;
    wire tmp179;
    wire[25:0] tmp180;
    wire tmp181;
    wire tmp183;
    wire[26:0] tmp185;
    wire[27:0] tmp187;
    wire[25:0] tmp188;
    wire tmp189;
    wire tmp191;
    wire[55:0] tmp193;
    wire[27:0] tmp194;
    wire[25:0] tmp195;
    wire[24:0] tmp196;
    wire[26:0] tmp199;
    wire[25:0] tmp200;
    wire[26:0] tmp201;
    wire[26:0] tmp209;
    wire[25:0] tmp218;
    wire[20:0] tmp219;
    wire[21:0] tmp220;
    wire tmp227;
    wire tmp235;
    wire tmp236;
    wire tmp237;
    wire[7:0] tmp238;
    wire[7:0] tmp242;
    wire tmp244;
    wire tmp246;
    wire[1:0] tmp248;
    wire tmp251;
    wire tmp259;
    wire tmp260;
    wire tmp261;
    wire[7:0] tmp265;
    wire[7:0] tmp271;
    wire[1:0] tmp278;
    wire[1:0] tmp286;
    wire[13:0] tmp329;
    wire[14:0] tmp330;
    wire tmp340;
    wire tmp341;
    wire tmp347;
    wire[3:0] tmp351;
    wire tmp363;
    wire tmp364;
    wire[4:0] tmp376;
    wire[8:0] tmp383;
    wire[8:0] tmp399;
    wire[8:0] tmp401;
    wire[13:0] tmp405;
    wire[14:0] tmp407;
    wire[10:0] tmp408;
    wire[7:0] tmp410;
    wire[3:0] tmp411;
    wire[13:0] tmp413;
    wire[12:0] tmp415;
    wire tmp419;
    wire[7:0] tmp420;
    wire tmp421;
    wire[13:0] tmp423;
    wire[13:0] tmp427;
    wire[12:0] tmp428;
    wire[13:0] tmp430;
    wire tmp431;
    wire[18:0] tmp432;
    wire tmp433;
    wire tmp435;
    wire[19:0] tmp437;
    wire[20:0] tmp439;
    wire[18:0] tmp440;
    wire tmp441;
    wire tmp443;
    wire[41:0] tmp445;
    wire[20:0] tmp446;
    wire[18:0] tmp447;
    wire[17:0] tmp448;
    wire[19:0] tmp451;
    wire[18:0] tmp452;
    wire[19:0] tmp453;
    wire[19:0] tmp461;
    wire[18:0] tmp470;
    wire[13:0] tmp471;
    wire[14:0] tmp472;
    wire tmp479;
    wire[3:0] tmp482;
    wire[4:0] tmp486;
    wire[3:0] tmp488;
    wire tmp490;
    wire[4:0] tmp493;
    wire tmp494;
    wire tmp495;
    wire[5:0] tmp497;
    wire tmp506;
    wire tmp509;
    wire tmp512;
    wire tmp518;
    wire[4:0] tmp526;
    wire[4:0] tmp542;
    wire[1:0] tmp551;
    wire[4:0] tmp561;

    // Combinational logic
    assign busy = ~((images_in_flight == 8'd0));
    assign done = done_w;
    assign done_w = (s1_out_state == 2'd3);
    assign in_ready = s0_in_push_ready;
    assign out_class = out_class_w;
    assign out_class_w = s1_best_index;
    assign out_data = out_data_w;
    assign out_data_w = tmp488;
    assign out_valid = out_valid_w;
    assign out_valid_w = tmp494;
    assign s0_emit_advance = (tmp236 & ((tmp246 & ~(tmp251)) == 1'd0));
    assign s0_emit_inverted = ~(tmp246);
    assign s0_in_clear0 = ((tmp66 & tmp67) & (s0_rd_half == 1'd0));
    assign s0_in_clear1 = ((tmp66 & tmp67) & (s0_rd_half == 1'd1));
    assign s0_in_push_c = in_c;
    assign s0_in_push_eos = in_eos;
    assign s0_in_push_ready = ~((s0_in_wr_half ? s0_in_full1 : s0_in_full0));
    assign s0_in_push_valid = in_valid;
    assign s0_in_push_value = (in_value[7:0]);
    assign s0_in_push_x = in_x;
    assign s0_in_push_y = in_y;
    assign s0_output_busy = (s0_spike_wr_half ? s0_spike_full1 : s0_spike_full0);
    assign s1_count_before0 = (tmp341 ? 4'd0 : (s1_count_word[3:0]));
    assign s1_in_clear0 = ((tmp340 & 1'd1) & (s1_rd_half == 1'd0));
    assign s1_in_clear1 = ((tmp340 & 1'd1) & (s1_rd_half == 1'd1));
    assign s1_in_push_c = (tmp237 ? 7'd0 : (tmp330[6:0]));
    assign s1_in_push_eos = tmp237;
    assign s1_in_push_ready = ~((s1_in_wr_half ? s1_in_full1 : s1_in_full0));
    assign s1_in_push_valid = ((tmp236 & ~((tmp246 == 1'd0))) | tmp237);
    assign s1_in_push_x = (s0_emit_x);
    assign s1_in_push_y = (s0_emit_y);
    assign s1_out_active = ~((s1_out_state == 2'd0));
    assign s1_out_group = s1_out_group_reg;
    assign s1_output_busy = s1_out_active;
    assign tmp1 = (images_in_flight + {7'd0, start});
    assign tmp3 = (tmp1 - {8'd0, done_w});
    assign tmp12 = (s0_in_push_valid & s0_in_push_ready);
    assign tmp13 = (tmp12 & s0_in_push_eos);
    assign tmp16 = ((tmp12 & ~(s0_in_push_eos)) & 1'd1);
    assign tmp18 = (s0_in_wr_ptr + 7'd1);
    assign tmp21 = (tmp13 ? 8'd0 : (tmp16 ? tmp18 : {1'd0, s0_in_wr_ptr}));
    assign tmp25 = (tmp13 & (s0_in_wr_half == 1'd0));
    assign tmp31 = (tmp13 & (s0_in_wr_half == 1'd1));
    assign tmp41 = (s1_in_push_valid & s1_in_push_ready);
    assign tmp42 = (tmp41 & s1_in_push_eos);
    assign tmp45 = ((tmp41 & ~(s1_in_push_eos)) & 1'd1);
    assign tmp47 = (s1_in_wr_ptr + 8'd1);
    assign tmp50 = (tmp42 ? 9'd0 : (tmp45 ? tmp47 : {1'd0, s1_in_wr_ptr}));
    assign tmp54 = (tmp42 & (s1_in_wr_half == 1'd0));
    assign tmp60 = (tmp42 & (s1_in_wr_half == 1'd1));
    assign tmp66 = (s0_p2_valid & s0_p2_last);
    assign tmp67 = (s0_step == 3'd0);
    assign tmp76 = ((~(s0_running) & ((s0_rd_half ? s0_in_full1 : s0_in_full0) | ~(tmp67))) & ~(s0_output_busy));
    assign tmp80 = (s0_step + 3'd1);
    assign tmp92 = (s0_k == s0_events);
    assign tmp93 = (s0_group == 7'd127);
    assign tmp105 = (s0_group + 7'd1);
    assign tmp112 = (s0_k + 7'd1);
    assign tmp128 = {s0_rd_half, s0_k};
    assign tmp136 = ({3'd0, (s0_entry[14])} * 4'd8);
    assign tmp138 = (tmp136 + {5'd0, (s0_entry[13:11])});
    assign tmp139 = (tmp138 * 9'd8);
    assign tmp141 = (tmp139 + {15'd0, (s0_entry[10:8])});
    assign tmp142 = (tmp141 * 19'd128);
    assign tmp144 = (tmp142 + {31'd0, s0_p1_group});
    assign tmp145 = (tmp144[12:0]);
    assign tmp155 = (s0_p2_valid & s0_p2_update);
    assign tmp156 = (s0_weight_word[7:0]);
    assign tmp157 = {1'd0, s0_pixel};
    assign tmp158 = (tmp156[7]);
    assign tmp160 = (tmp157[8]);
    assign tmp162 = ({{9 {tmp158}}, tmp156} * {{8 {tmp160}}, tmp157});
    assign tmp163 = (tmp162[16:0]);
    assign tmp164 = (tmp163[16]);
    assign tmp166 = (s0_acc0 + {{3 {tmp164}}, tmp163});
    assign tmp170 = (s0_acc0 + (s0_param_word[19:0]));
    assign tmp171 = (tmp170[19:0]);
    assign tmp176 = (tmp67 ? tmp171 : (s0_current_word[19:0]));
    assign tmp178 = (tmp67 ? 21'd0 : (s0_v_word[20:0]));
    assign tmp179 = (tmp178[20]);
    assign tmp180 = {{5 {tmp179}}, tmp178};
    assign tmp181 = (tmp176[19]);
    assign tmp183 = (const_64_0[20]);
    assign tmp185 = ({{5 {tmp183}}, const_64_0} - tmp180);
    assign tmp187 = (tmp185 + {1'd0, {{6 {tmp181}}, tmp176}});
    assign tmp188 = (tmp187[25:0]);
    assign tmp189 = (tmp188[25]);
    assign tmp191 = (const_69_1[1]);
    assign tmp193 = ({{2 {tmp189}}, tmp188} * {{26 {tmp191}}, const_69_1});
    assign tmp194 = (tmp193[27:0]);
    assign tmp195 = (tmp194[25:0]);
    assign tmp196 = (tmp195[25:1]);
    assign tmp199 = (tmp180 + {(tmp196[24]), tmp196});
    assign tmp200 = (tmp199[25:0]);
    assign tmp201 = (tmp200 - const_70_66060288);
    assign tmp209 = (const_71_1048575 - tmp200);
    assign tmp218 = ((((tmp201[26]) ^ ~((tmp200[25]))) ^ ~((const_70_66060288[25]))) ? const_70_66060288 : ((((tmp209[26]) ^ ~((tmp200[25]))) ^ ~((const_71_1048575[25]))) ? const_71_1048575 : tmp200));
    assign tmp219 = (tmp218[20:0]);
    assign tmp220 = (const_62_55600 - tmp219);
    assign tmp227 = (((tmp220[21]) ^ ~((tmp219[20]))) ^ ~((const_62_55600[20])));
    assign tmp235 = (((s0_emit_state == 2'd0) & (s0_emit_half ? s0_spike_full1 : s0_spike_full0)) & s1_in_push_ready);
    assign tmp236 = (s0_emit_state == 2'd1);
    assign tmp237 = (s0_emit_state == 2'd2);
    assign tmp238 = (s0_emit_word + 7'd1);
    assign tmp242 = {s0_emit_half, (tmp235 ? 7'd0 : (s0_emit_advance ? (tmp238[6:0]) : s0_emit_word))};
    assign tmp246 = (s0_emit_raw & ~(s0_emit_sent));
    assign tmp248 = (s0_emit_inverted + 1'd1);
    assign tmp251 = ((tmp246 & (tmp248[0])));
    assign tmp259 = (s0_emit_gc == 7'd127);
    assign tmp260 = (s0_emit_x == 1'd0);
    assign tmp261 = (s0_emit_word == 7'd127);
    assign tmp265 = (s0_emit_word + 7'd1);
    assign tmp271 = (s0_emit_gc + 7'd1);
    assign tmp278 = (s0_emit_x + 1'd1);
    assign tmp286 = (s0_emit_y + 1'd1);
    assign tmp329 = (s0_emit_gc * 7'd1);
    assign tmp330 = (tmp329 + 14'd0);
    assign tmp340 = (s1_p2_valid & s1_p2_last);
    assign tmp341 = (s1_step == 3'd0);
    assign tmp347 = ((~(s1_running) & (s1_rd_half ? s1_in_full1 : s1_in_full0)) & ~(s1_output_busy));
    assign tmp351 = (s1_step + 3'd1);
    assign tmp363 = (s1_k == s1_events);
    assign tmp364 = (s1_group == 4'd9);
    assign tmp376 = (s1_group + 4'd1);
    assign tmp383 = (s1_k + 8'd1);
    assign tmp399 = {s1_rd_half, s1_k};
    assign tmp405 = ((s1_entry[8:2]) * 7'd10);
    assign tmp407 = (tmp405 + {10'd0, s1_p1_group});
    assign tmp408 = (tmp407[10:0]);
    assign tmp411 = (s1_out_active ? s1_out_group : s1_p1_group);
    assign tmp419 = (s1_p2_valid & s1_p2_update);
    assign tmp420 = (s1_weight_word[7:0]);
    assign tmp421 = (tmp420[7]);
    assign tmp423 = (s1_acc0 + {{5 {tmp421}}, tmp420});
    assign tmp427 = (s1_acc0 + (s1_param_word[12:0]));
    assign tmp428 = (tmp427[12:0]);
    assign tmp430 = (tmp341 ? 14'd0 : (s1_v_word[13:0]));
    assign tmp431 = (tmp430[13]);
    assign tmp432 = {{5 {tmp431}}, tmp430};
    assign tmp433 = (tmp428[12]);
    assign tmp435 = (const_150_0[13]);
    assign tmp437 = ({{5 {tmp435}}, const_150_0} - tmp432);
    assign tmp439 = (tmp437 + {1'd0, {{6 {tmp433}}, tmp428}});
    assign tmp440 = (tmp439[18:0]);
    assign tmp441 = (tmp440[18]);
    assign tmp443 = (const_154_1[1]);
    assign tmp445 = ({{2 {tmp441}}, tmp440} * {{19 {tmp443}}, const_154_1});
    assign tmp446 = (tmp445[20:0]);
    assign tmp447 = (tmp446[18:0]);
    assign tmp448 = (tmp447[18:1]);
    assign tmp451 = (tmp432 + {(tmp448[17]), tmp448});
    assign tmp452 = (tmp451[18:0]);
    assign tmp453 = (tmp452 - const_155_516096);
    assign tmp461 = (const_156_8191 - tmp452);
    assign tmp470 = ((((tmp453[19]) ^ ~((tmp452[18]))) ^ ~((const_155_516096[18]))) ? const_155_516096 : ((((tmp461[19]) ^ ~((tmp452[18]))) ^ ~((const_156_8191[18]))) ? const_156_8191 : tmp452));
    assign tmp471 = (tmp470[13:0]);
    assign tmp472 = (const_148_152 - tmp471);
    assign tmp479 = (((tmp472[14]) ^ ~((tmp471[13]))) ^ ~((const_148_152[13])));
    assign tmp486 = (s1_count_before0 + {3'd0, tmp479});
    assign tmp488 = (s1_count_word[3:0]);
    assign tmp490 = (tmp340 & (s1_step == 3'd7));
    assign tmp493 = {1'd0, tmp488};
    assign tmp494 = (s1_out_state == 2'd2);
    assign tmp495 = (tmp494 & out_ready);
    assign tmp497 = (s1_best - tmp493);
    assign tmp506 = (tmp495 & ((s1_out_position == 4'd0) | (((tmp497[5]) ^ ~((tmp493[4]))) ^ ~((s1_best[4])))));
    assign tmp509 = (s1_out_state == 2'd1);
    assign tmp512 = (s1_out_position == 4'd9);
    assign tmp518 = (s1_out_lane == 1'd0);
    assign tmp526 = (s1_out_group_reg + 4'd1);
    assign tmp542 = (s1_out_position + 4'd1);
    assign tmp551 = (s1_out_lane + 1'd1);
    assign tmp561 = (s1_out_position + 4'd1);

    // Register logic
    always @(posedge clk) begin
        if (rst) begin
            images_in_flight <= 8'd0;
            s0_acc0 <= 20'd0;
            s0_current_word <= 20'd0;
            s0_emit_gc <= 7'd0;
            s0_emit_half <= 1'd0;
            s0_emit_raw <= 1'd0;
            s0_emit_sent <= 1'd0;
            s0_emit_state <= 2'd0;
            s0_emit_word <= 7'd0;
            s0_emit_x <= 1'd0;
            s0_emit_y <= 1'd0;
            s0_entry <= 15'd0;
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
            s1_entry <= 9'd0;
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
            images_in_flight <= (tmp3[7:0]);
            s0_acc0 <= ((s0_p2_valid & ~(s0_p2_update)) ? (tmp166[19:0]) : (tmp155 ? 20'd0 : s0_acc0));
            s0_current_word <= tmp173;
            s0_emit_gc <= (((~(tmp235) & s0_emit_advance) & ~(tmp261)) ? (tmp259 ? 7'd0 : (tmp271[6:0])) : (tmp235 ? 7'd0 : s0_emit_gc));
            s0_emit_half <= (((~(tmp235) & ~(s0_emit_advance)) & tmp237) ? ~(s0_emit_half) : s0_emit_half);
            s0_emit_raw <= tmp244;
            s0_emit_sent <= ((tmp235 | s0_emit_advance) ? 1'd0 : (s0_emit_sent | tmp251));
            s0_emit_state <= (((~(tmp235) & ~(s0_emit_advance)) & tmp237) ? 2'd0 : (((~(tmp235) & s0_emit_advance) & tmp261) ? 2'd2 : (tmp235 ? 2'd1 : s0_emit_state)));
            s0_emit_word <= (((~(tmp235) & s0_emit_advance) & ~(tmp261)) ? (tmp265[6:0]) : (tmp235 ? 7'd0 : s0_emit_word));
            s0_emit_x <= ((((~(tmp235) & s0_emit_advance) & ~(tmp261)) & tmp259) ? (tmp260 ? 1'd0 : (tmp278[0])) : (tmp235 ? 1'd0 : s0_emit_x));
            s0_emit_y <= (((((~(tmp235) & s0_emit_advance) & ~(tmp261)) & tmp259) & tmp260) ? (tmp286[0]) : (tmp235 ? 1'd0 : s0_emit_y));
            s0_entry <= tmp130;
            s0_events <= (tmp76 ? (tmp67 ? (s0_rd_half ? s0_in_count1 : s0_in_count0) : 7'd0) : s0_events);
            s0_group <= ((((~(tmp76) & s0_issuing) & tmp92) & ~(tmp93)) ? (tmp105[6:0]) : ((((~(tmp76) & s0_issuing) & tmp92) & tmp93) ? 7'd0 : (tmp76 ? 7'd0 : s0_group)));
            s0_in_count0 <= (tmp25 ? s0_in_wr_ptr : s0_in_count0);
            s0_in_count1 <= (tmp31 ? s0_in_wr_ptr : s0_in_count1);
            s0_in_full0 <= (tmp25 | (s0_in_full0 & ~(s0_in_clear0)));
            s0_in_full1 <= (tmp31 | (s0_in_full1 & ~(s0_in_clear1)));
            s0_in_wr_half <= (s0_in_wr_half ^ tmp13);
            s0_in_wr_ptr <= (tmp21[6:0]);
            s0_issuing <= ((((~(tmp76) & s0_issuing) & tmp92) & tmp93) ? 1'd0 : (tmp76 ? 1'd1 : s0_issuing));
            s0_k <= (((~(tmp76) & s0_issuing) & ~(tmp92)) ? (tmp112[6:0]) : (((~(tmp76) & s0_issuing) & tmp92) ? 7'd0 : (tmp76 ? 7'd0 : s0_k)));
            s0_p1_group <= s0_group;
            s0_p1_last <= (tmp92 & tmp93);
            s0_p1_update <= tmp92;
            s0_p1_valid <= s0_issuing;
            s0_p2_group <= s0_p1_group;
            s0_p2_last <= s0_p1_last;
            s0_p2_update <= s0_p1_update;
            s0_p2_valid <= s0_p1_valid;
            s0_param_word <= tmp151;
            s0_pixel <= (s0_entry[7:0]);
            s0_rd_half <= (s0_rd_half ^ (tmp66 & tmp67));
            s0_running <= (tmp76 ? 1'd1 : (tmp66 ? 1'd0 : s0_running));
            s0_spike_full0 <= ((tmp66 & (s0_spike_wr_half == 1'd0)) | (s0_spike_full0 & ~((tmp237 & (s0_emit_half == 1'd0)))));
            s0_spike_full1 <= ((tmp66 & (s0_spike_wr_half == 1'd1)) | (s0_spike_full1 & ~((tmp237 & (s0_emit_half == 1'd1)))));
            s0_spike_wr_half <= (s0_spike_wr_half ^ tmp66);
            s0_step <= (tmp66 ? ((s0_step == 3'd7) ? 3'd0 : (tmp80[2:0])) : s0_step);
            s0_v_word <= tmp149;
            s0_weight_word <= tmp147;
            s1_acc0 <= ((s1_p2_valid & ~(s1_p2_update)) ? (tmp423[12:0]) : (tmp419 ? 13'd0 : s1_acc0));
            s1_best <= (tmp506 ? tmp493 : s1_best);
            s1_best_index <= (tmp506 ? s1_out_position : s1_best_index);
            s1_count_word <= tmp482;
            s1_entry <= tmp401;
            s1_events <= (tmp347 ? (s1_rd_half ? s1_in_count1 : s1_in_count0) : s1_events);
            s1_group <= ((((~(tmp347) & s1_issuing) & tmp363) & ~(tmp364)) ? (tmp376[3:0]) : ((((~(tmp347) & s1_issuing) & tmp363) & tmp364) ? 4'd0 : (tmp347 ? 4'd0 : s1_group)));
            s1_in_count0 <= (tmp54 ? s1_in_wr_ptr : s1_in_count0);
            s1_in_count1 <= (tmp60 ? s1_in_wr_ptr : s1_in_count1);
            s1_in_full0 <= (tmp54 | (s1_in_full0 & ~(s1_in_clear0)));
            s1_in_full1 <= (tmp60 | (s1_in_full1 & ~(s1_in_clear1)));
            s1_in_wr_half <= (s1_in_wr_half ^ tmp42);
            s1_in_wr_ptr <= (tmp50[7:0]);
            s1_issuing <= ((((~(tmp347) & s1_issuing) & tmp363) & tmp364) ? 1'd0 : (tmp347 ? 1'd1 : s1_issuing));
            s1_k <= (((~(tmp347) & s1_issuing) & ~(tmp363)) ? (tmp383[7:0]) : (((~(tmp347) & s1_issuing) & tmp363) ? 8'd0 : (tmp347 ? 8'd0 : s1_k)));
            s1_out_group_reg <= (((((~(tmp490) & ~(tmp509)) & tmp495) & ~(tmp512)) & tmp518) ? (tmp526[3:0]) : (tmp490 ? 4'd0 : s1_out_group_reg));
            s1_out_lane <= (((((~(tmp490) & ~(tmp509)) & tmp495) & ~(tmp512)) & ~(tmp518)) ? (tmp551[0]) : (((((~(tmp490) & ~(tmp509)) & tmp495) & ~(tmp512)) & tmp518) ? 1'd0 : (tmp490 ? 1'd0 : s1_out_lane)));
            s1_out_position <= (((((~(tmp490) & ~(tmp509)) & tmp495) & ~(tmp512)) & ~(tmp518)) ? (tmp561[3:0]) : (((((~(tmp490) & ~(tmp509)) & tmp495) & ~(tmp512)) & tmp518) ? (tmp542[3:0]) : (tmp490 ? 4'd0 : s1_out_position)));
            s1_out_state <= ((((~(tmp490) & ~(tmp509)) & ~(tmp495)) & (s1_out_state == 2'd3)) ? 2'd0 : (((((~(tmp490) & ~(tmp509)) & tmp495) & ~(tmp512)) & tmp518) ? 2'd1 : ((((~(tmp490) & ~(tmp509)) & tmp495) & tmp512) ? 2'd3 : ((~(tmp490) & tmp509) ? 2'd2 : (tmp490 ? 2'd1 : s1_out_state)))));
            s1_p1_group <= s1_group;
            s1_p1_last <= (tmp363 & tmp364);
            s1_p1_update <= tmp363;
            s1_p1_valid <= s1_issuing;
            s1_p2_group <= s1_p1_group;
            s1_p2_last <= s1_p1_last;
            s1_p2_update <= s1_p1_update;
            s1_p2_valid <= s1_p1_valid;
            s1_param_word <= tmp415;
            s1_rd_half <= (s1_rd_half ^ (tmp340 & 1'd1));
            s1_running <= (tmp347 ? 1'd1 : (tmp340 ? 1'd0 : s1_running));
            s1_step <= (tmp340 ? ((s1_step == 3'd7) ? 3'd0 : (tmp351[2:0])) : s1_step);
            s1_v_word <= tmp413;
            s1_weight_word <= tmp410;
        end
    end

    // MemBlock s0_in_events logic
    always @(posedge clk) begin
        if (tmp16) begin
            s0_in_events[{s0_in_wr_half, s0_in_wr_ptr}] <= {s0_in_push_c, (s0_in_push_y[2:0]), (s0_in_push_x[2:0]), s0_in_push_value};
        end
    end
    assign tmp130 = s0_in_events[(tmp128[7:0])];

    // MemBlock s1_in_events logic
    always @(posedge clk) begin
        if (tmp45) begin
            s1_in_events[{s1_in_wr_half, s1_in_wr_ptr}] <= {s1_in_push_c, (s1_in_push_y), (s1_in_push_x)};
        end
    end
    assign tmp401 = s1_in_events[(tmp399[8:0])];

    // MemBlock s0_weights logic
    assign tmp147 = s0_weights[(tmp145[12:0])];

    // MemBlock s0_membranes logic
    always @(posedge clk) begin
        if (tmp155) begin
            s0_membranes[s0_p2_group] <= (tmp227 ? 21'd0 : tmp219);
        end
    end
    assign tmp149 = s0_membranes[(s0_p1_group[6:0])];

    // MemBlock s0_params logic
    assign tmp151 = s0_params[(s0_p1_group[6:0])];

    // MemBlock s0_currents logic
    always @(posedge clk) begin
        if ((tmp155 & tmp67)) begin
            s0_currents[s0_p2_group] <= tmp171;
        end
    end
    assign tmp173 = s0_currents[(s0_p1_group[6:0])];

    // MemBlock s0_spikes logic
    always @(posedge clk) begin
        if (tmp155) begin
            s0_spikes[{s0_spike_wr_half, (s0_p2_group[6:0])}] <= tmp227;
        end
    end
    assign tmp244 = s0_spikes[(tmp242[7:0])];

    // MemBlock s1_weights logic
    assign tmp410 = s1_weights[(tmp408[10:0])];

    // MemBlock s1_membranes logic
    always @(posedge clk) begin
        if (tmp419) begin
            s1_membranes[s1_p2_group] <= (tmp479 ? 14'd0 : tmp471);
        end
    end
    assign tmp413 = s1_membranes[(tmp411[3:0])];

    // MemBlock s1_params logic
    assign tmp415 = s1_params[(s1_p1_group[3:0])];

    // MemBlock s1_counts logic
    always @(posedge clk) begin
        if (tmp419) begin
            s1_counts[s1_p2_group] <= (tmp486[3:0]);
        end
    end
    assign tmp482 = s1_counts[(tmp411[3:0])];
endmodule
