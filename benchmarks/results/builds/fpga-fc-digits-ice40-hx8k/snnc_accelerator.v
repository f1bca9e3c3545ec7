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
    reg[15:0] s0_weights[4095:0];  // MemBlock
    reg[41:0] s0_membranes[63:0];  // MemBlock
    reg[39:0] s0_params[63:0];  // MemBlock
    reg[39:0] s0_currents[63:0];  // MemBlock
    reg[1:0] s0_spikes[1023:0];  // MemBlock
    reg[15:0] s1_weights[1023:0];  // MemBlock
    (* ram_style = "logic" *) reg[27:0] s1_membranes[7:0];  // MemBlock
    (* ram_style = "logic" *) reg[25:0] s1_params[7:0];  // MemBlock
    (* ram_style = "logic" *) reg[7:0] s1_counts[7:0];  // MemBlock

    initial begin
        $readmemh("s0_weights.hex", s0_weights);
        $readmemh("s0_params.hex", s0_params);
        $readmemh("s1_weights.hex", s1_weights);
        $readmemh("s1_params.hex", s1_params);
    end

    // Registers
    reg[7:0] images_in_flight;
    reg[19:0] s0_acc0;
    reg[19:0] s0_acc1;
    reg[39:0] s0_current_word;
    reg[5:0] s0_emit_gc;
    reg[1:0] s0_emit_raw;
    reg[1:0] s0_emit_sent;
    reg[3:0] s0_emit_slot;
    reg[1:0] s0_emit_state;
    reg[5:0] s0_emit_word;
    reg s0_emit_x;
    reg s0_emit_y;
    reg[14:0] s0_entry;
    reg[6:0] s0_events;
    reg[5:0] s0_group;
    reg[6:0] s0_in_count0;
    reg[6:0] s0_in_count1;
    reg s0_in_full0;
    reg s0_in_full1;
    reg s0_in_wr_half;
    reg[6:0] s0_in_wr_ptr;
    reg s0_issuing;
    reg[6:0] s0_k;
    reg[5:0] s0_p1_group;
    reg s0_p1_last;
    reg s0_p1_update;
    reg s0_p1_valid;
    reg[5:0] s0_p2_group;
    reg s0_p2_last;
    reg s0_p2_update;
    reg s0_p2_valid;
    reg[39:0] s0_param_word;
    reg[7:0] s0_pixel;
    reg s0_rd_half;
    reg s0_running;
    reg[4:0] s0_spike_slots_filled;
    reg[3:0] s0_spike_write_slot;
    reg[2:0] s0_step;
    reg[41:0] s0_v_word;
    reg[15:0] s0_weight_word;
    reg[12:0] s1_acc0;
    reg[12:0] s1_acc1;
    reg[4:0] s1_best;
    reg[3:0] s1_best_index;
    reg[7:0] s1_count_word;
    reg[8:0] s1_entry;
    reg[7:0] s1_events;
    reg[2:0] s1_group;
    reg[7:0] s1_in_count0;
    reg[7:0] s1_in_count1;
    reg s1_in_full0;
    reg s1_in_full1;
    reg s1_in_wr_half;
    reg[7:0] s1_in_wr_ptr;
    reg s1_issuing;
    reg[7:0] s1_k;
    reg[2:0] s1_out_group_reg;
    reg s1_out_lane;
    reg[3:0] s1_out_position;
    reg[1:0] s1_out_state;
    reg[2:0] s1_p1_group;
    reg s1_p1_last;
    reg s1_p1_update;
    reg s1_p1_valid;
    reg[2:0] s1_p2_group;
    reg s1_p2_last;
    reg s1_p2_update;
    reg s1_p2_valid;
    reg[25:0] s1_param_word;
    reg s1_rd_half;
    reg s1_running;
    reg[2:0] s1_step;
    reg[27:0] s1_v_word;
    reg[15:0] s1_weight_word;

    // Constants
    wire[20:0] const_62_55600 = 21'd55600;
    wire[20:0] const_63_55600 = 21'd55600;
    wire[20:0] const_66_0 = 21'd0;
    wire[20:0] const_67_0 = 21'd0;
    wire[1:0] const_74_1 = 2'd1;
    wire[25:0] const_75_66060288 = 26'd66060288;
    wire[25:0] const_76_1048575 = 26'd1048575;
    wire[1:0] const_79_1 = 2'd1;
    wire[25:0] const_80_66060288 = 26'd66060288;
    wire[25:0] const_81_1048575 = 26'd1048575;
    wire[13:0] const_170_152 = 14'd152;
    wire[13:0] const_171_152 = 14'd152;
    wire[13:0] const_174_0 = 14'd0;
    wire[13:0] const_175_0 = 14'd0;
    wire[1:0] const_180_1 = 2'd1;
    wire[18:0] const_181_516096 = 19'd516096;
    wire[18:0] const_182_8191 = 19'd8191;
    wire[1:0] const_185_1 = 2'd1;
    wire[18:0] const_186_516096 = 19'd516096;
    wire[18:0] const_187_8191 = 19'd8191;

    // Temporaries
    wire done_w;
    wire[3:0] out_class_w;
    wire[3:0] out_data_w;
    wire out_valid_w;
    wire s0_emit_advance;
    wire[1:0] s0_emit_inverted;
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
    wire[3:0] s1_count_before1;
    wire s1_in_clear0;
    wire s1_in_clear1;
    wire[6:0] s1_in_push_c;
    wire s1_in_push_eos;
    wire s1_in_push_ready;
    wire s1_in_push_valid;
    wire s1_in_push_x;
    wire s1_in_push_y;
    wire s1_out_active;
    wire[2:0] s1_out_group;
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
    wire[6:0] tmp105;
    wire[7:0] tmp112;
    wire[7:0] tmp128;
    wire[14:0] tmp130;
    wire[7:0] tmp136;
    wire[8:0] tmp138;
    wire[17:0] tmp139;
    wire[18:0] tmp141;
    wire[37:0] tmp142;
    wire[38:0] tmp144;
    wire[11:0] tmp145;
    wire[15:0] tmp147;
    wire[41:0] tmp149;
    wire[39:0] tmp151;
    wire tmp155;
    wire tmp156;
    wire[7:0] tmp157;
    wire[7:0] tmp158;
    wire[8:0] tmp159;
    wire tmp160;
    wire tmp162;
    wire[33:0] tmp164;
    wire[16:0] tmp165;
    wire tmp166;
    wire[20:0] tmp168;
    wire[20:0] tmp172;
    wire[19:0] tmp173;
    wire[8:0] tmp174;
    wire tmp175;
    wire tmp177;
    wire[33:0] tmp179;
    wire[16:0] tmp180;
    wire tmp181;
    wire[20:0] tmp183;
    wire[20:0] tmp187;
    wire[19:0] tmp188;
    wire[39:0] tmp190;
    wire[19:0] tmp195;
    wire[19:0] tmp196;
    wire[20:0] tmp199;
    wire tmp200;
    wire[25:0] tmp201;
    wire tmp202;
    wire tmp204;
    wire[26:0] tmp206;
    wire[27:0] tmp208;
    wire[25:0] tmp209;
    wire tmp210;
    wire tmp212;
    wire[55:0] tmp214;
    wire[27:0] tmp215;
    wire[25:0] tmp216;
    wire[24:0] tmp217;
    wire[26:0] tmp220;
    wire[25:0] tmp221;
    wire[26:0] tmp222;
    wire[26:0] tmp230;
    wire[25:0] tmp239;
    wire[20:0] tmp240;
    wire[21:0] tmp241;
    wire tmp248;
    wire[20:0] tmp250;
    wire tmp251;
    wire[25:0] tmp252;
    wire tmp253;
    wire tmp255;
    wire[26:0] tmp257;
    wire[27:0] tmp259;
    wire[25:0] tmp260;
    wire tmp261;
    wire tmp263;
    wire[55:0] tmp265;
    wire[27:0] tmp266;
    wire[25:0] tmp267;
    wire[24:0] tmp268;
    wire[26:0] tmp271;
    wire[25:0] tmp272;
    wire[26:0] tmp273;
    wire[26:0] tmp281;
    wire[25:0] tmp290;
    wire[20:0] tmp291;
    wire[21:0] tmp292;
    wire tmp299;
    wire[4:0] tmp305;
    wire tmp312;
    wire tmp313;
    wire tmp314;
    wire[6:0] tmp315;
    wire[9:0] tmp319;
    wire[1:0] tmp321;
    wire[1:0] tmp323;
    wire[2:0] tmp325;
    wire[1:0] tmp327;
    wire[1:0] tmp328;
    wire tmp336;
    wire tmp337;
    wire tmp338;
    wire[6:0] tmp342;
    wire[6:0] tmp348;
    wire[1:0] tmp355;
    wire[1:0] tmp363;
    wire[4:0] tmp375;
    wire[5:0] tmp394;
    wire[6:0] tmp396;
    wire[11:0] tmp399;
    wire[12:0] tmp401;
    wire tmp411;
    wire tmp412;
    wire tmp418;
    wire[3:0] tmp422;
    wire tmp434;
    wire tmp435;
    wire[3:0] tmp447;
    wire[8:0] tmp454;
    wire[8:0] tmp470;
    wire[8:0] tmp472;
    wire[13:0] tmp476;
    wire[14:0] tmp478;
    wire[9:0] tmp479;
    wire[15:0] tmp481;
    wire[2:0] tmp482;
    wire[27:0] tmp484;
    wire[25:0] tmp486;
    wire tmp490;
    wire tmp491;
    wire[7:0] tmp492;
    wire[7:0] tmp493;
    wire tmp494;
    wire[13:0] tmp496;
    wire[13:0] tmp500;
    wire[12:0] tmp501;
    wire tmp502;
    wire[13:0] tmp504;
    wire[13:0] tmp508;
    wire[12:0] tmp509;
    wire[13:0] tmp512;
    wire tmp513;
    wire[18:0] tmp514;
    wire tmp515;
    wire tmp517;
    wire[19:0] tmp519;
    wire[20:0] tmp521;
    wire[18:0] tmp522;
    wire tmp523;
    wire tmp525;
    wire[41:0] tmp527;
    wire[20:0] tmp528;
    wire[18:0] tmp529;
    wire[17:0] tmp530;
    wire[19:0] tmp533;
    wire[18:0] tmp534;
    wire[19:0] tmp535;
    wire[19:0] tmp543;
    wire[18:0] tmp552;
    wire[13:0] tmp553;
    wire[14:0] tmp554;
    wire tmp561;
    wire[13:0] tmp563;
    wire tmp564;
    wire[18:0] tmp565;
    wire tmp566;
    wire tmp568;
    wire[19:0] tmp570;
    wire[20:0] tmp572;
    wire[18:0] tmp573;
    wire tmp574;
    wire tmp576;
    wire[41:0] tmp578;
    wire[20:0] tmp579;
    wire[18:0] tmp580;
    wire[17:0] tmp581;
    wire[19:0] tmp584;
    wire[18:0] tmp585;
    wire[19:0] tmp586;
    wire[19:0] tmp594;
    wire[18:0] tmp603;
    wire[13:0] tmp604;
    wire[14:0] tmp605;
    wire tmp612;
    wire[7:0] tmp616;
    wire[4:0] tmp621;
    wire[4:0] tmp625;
    wire tmp631;
    wire[3:0] tmp634;
    wire[4:0] tmp635;
    wire tmp636;
    wire tmp637;
    wire[5:0] tmp639;
    wire tmp648;
    wire tmp651;
    wire tmp654;
    wire tmp660;
    wire[3:0] tmp668;
    wire[4:0] tmp684;
    wire[1:0] tmp693;
    wire[4:0] tmp703;

    // Combinational logic
    assign busy = ~((images_in_flight == 8'd0));
    assign done = done_w;
    assign done_w = (s1_out_state == 2'd3);
    assign in_ready = s0_in_push_ready;
    assign out_class = out_class_w;
    assign out_class_w = s1_best_index;
    assign out_data = out_data_w;
    assign out_data_w = tmp634;
    assign out_valid = out_valid_w;
    assign out_valid_w = tmp636;
    assign s0_emit_advance = (tmp313 & ((tmp323 & ~(tmp328)) == 2'd0));
    assign s0_emit_inverted = ~(tmp323);
    assign s0_in_clear0 = ((tmp66 & tmp67) & (s0_rd_half == 1'd0));
    assign s0_in_clear1 = ((tmp66 & tmp67) & (s0_rd_half == 1'd1));
    assign s0_in_push_c = in_c;
    assign s0_in_push_eos = in_eos;
    assign s0_in_push_ready = ~((s0_in_wr_half ? s0_in_full1 : s0_in_full0));
    assign s0_in_push_valid = in_valid;
    assign s0_in_push_value = (in_value[7:0]);
    assign s0_in_push_x = in_x;
    assign s0_in_push_y = in_y;
    assign s0_output_busy = (s0_spike_slots_filled == 5'd16);
    assign s1_count_before0 = (tmp412 ? 4'd0 : (s1_count_word[3:0]));
    assign s1_count_before1 = (tmp412 ? 4'd0 : (s1_count_word[7:4]));
    assign s1_in_clear0 = ((tmp411 & 1'd1) & (s1_rd_half == 1'd0));
    assign s1_in_clear1 = ((tmp411 & 1'd1) & (s1_rd_half == 1'd1));
    assign s1_in_push_c = (tmp314 ? 7'd0 : (tmp401[6:0]));
    assign s1_in_push_eos = tmp314;
    assign s1_in_push_ready = ~((s1_in_wr_half ? s1_in_full1 : s1_in_full0));
    assign s1_in_push_valid = ((tmp313 & ~((tmp323 == 2'd0))) | tmp314);
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
    assign tmp93 = (s0_group == 6'd63);
    assign tmp105 = (s0_group + 6'd1);
    assign tmp112 = (s0_k + 7'd1);
    assign tmp128 = {s0_rd_half, s0_k};
    assign tmp136 = ({3'd0, (s0_entry[14])} * 4'd8);
    assign tmp138 = (tmp136 + {5'd0, (s0_entry[13:11])});
    assign tmp139 = (tmp138 * 9'd8);
    assign tmp141 = (tmp139 + {15'd0, (s0_entry[10:8])});
    assign tmp142 = (tmp141 * 19'd64);
    assign tmp144 = (tmp142 + {32'd0, s0_p1_group});
    assign tmp145 = (tmp144[11:0]);
    assign tmp155 = (s0_p2_valid & ~(s0_p2_update));
    assign tmp156 = (s0_p2_valid & s0_p2_update);
    assign tmp157 = (s0_weight_word[7:0]);
    assign tmp158 = (s0_weight_word[15:8]);
    assign tmp159 = {1'd0, s0_pixel};
    assign tmp160 = (tmp157[7]);
    assign tmp162 = (tmp159[8]);
    assign tmp164 = ({{9 {tmp160}}, tmp157} * {{8 {tmp162}}, tmp159});
    assign tmp165 = (tmp164[16:0]);
    assign tmp166 = (tmp165[16]);
    assign tmp168 = (s0_acc0 + {{3 {tmp166}}, tmp165});
    assign tmp172 = (s0_acc0 + (s0_param_word[19:0]));
    assign tmp173 = (tmp172[19:0]);
    assign tmp174 = {1'd0, s0_pixel};
    assign tmp175 = (tmp158[7]);
    assign tmp177 = (tmp174[8]);
    assign tmp179 = ({{9 {tmp175}}, tmp158} * {{8 {tmp177}}, tmp174});
    assign tmp180 = (tmp179[16:0]);
    assign tmp181 = (tmp180[16]);
    assign tmp183 = (s0_acc1 + {{3 {tmp181}}, tmp180});
    assign tmp187 = (s0_acc1 + (s0_param_word[39:20]));
    assign tmp188 = (tmp187[19:0]);
    assign tmp195 = (tmp67 ? tmp173 : (s0_current_word[19:0]));
    assign tmp196 = (tmp67 ? tmp188 : (s0_current_word[39:20]));
    assign tmp199 = (tmp67 ? 21'd0 : (s0_v_word[20:0]));
    assign tmp200 = (tmp199[20]);
    assign tmp201 = {{5 {tmp200}}, tmp199};
    assign tmp202 = (tmp195[19]);
    assign tmp204 = (const_66_0[20]);
    assign tmp206 = ({{5 {tmp204}}, const_66_0} - tmp201);
    assign tmp208 = (tmp206 + {1'd0, {{6 {tmp202}}, tmp195}});
    assign tmp209 = (tmp208[25:0]);
    assign tmp210 = (tmp209[25]);
    assign tmp212 = (const_74_1[1]);
    assign tmp214 = ({{2 {tmp210}}, tmp209} * {{26 {tmp212}}, const_74_1});
    assign tmp215 = (tmp214[27:0]);
    assign tmp216 = (tmp215[25:0]);
    assign tmp217 = (tmp216[25:1]);
    assign tmp220 = (tmp201 + {(tmp217[24]), tmp217});
    assign tmp221 = (tmp220[25:0]);
    assign tmp222 = (tmp221 - const_75_66060288);
    assign tmp230 = (const_76_1048575 - tmp221);
    assign tmp239 = ((((tmp222[26]) ^ ~((tmp221[25]))) ^ ~((const_75_66060288[25]))) ? const_75_66060288 : ((((tmp230[26]) ^ ~((tmp221[25]))) ^ ~((const_76_1048575[25]))) ? const_76_1048575 : tmp221));
    assign tmp240 = (tmp239[20:0]);
    assign tmp241 = (const_62_55600 - tmp240);
    assign tmp248 = (((tmp241[21]) ^ ~((tmp240[20]))) ^ ~((const_62_55600[20])));
    assign tmp250 = (tmp67 ? 21'd0 : (s0_v_word[41:21]));
    assign tmp251 = (tmp250[20]);
    assign tmp252 = {{5 {tmp251}}, tmp250};
    assign tmp253 = (tmp196[19]);
    assign tmp255 = (const_67_0[20]);
    assign tmp257 = ({{5 {tmp255}}, const_67_0} - tmp252);
    assign tmp259 = (tmp257 + {1'd0, {{6 {tmp253}}, tmp196}});
    assign tmp260 = (tmp259[25:0]);
    assign tmp261 = (tmp260[25]);
    assign tmp263 = (const_79_1[1]);
    assign tmp265 = ({{2 {tmp261}}, tmp260} * {{26 {tmp263}}, const_79_1});
    assign tmp266 = (tmp265[27:0]);
    assign tmp267 = (tmp266[25:0]);
    assign tmp268 = (tmp267[25:1]);
    assign tmp271 = (tmp252 + {(tmp268[24]), tmp268});
    assign tmp272 = (tmp271[25:0]);
    assign tmp273 = (tmp272 - const_80_66060288);
    assign tmp281 = (const_81_1048575 - tmp272);
    assign tmp290 = ((((tmp273[26]) ^ ~((tmp272[25]))) ^ ~((const_80_66060288[25]))) ? const_80_66060288 : ((((tmp281[26]) ^ ~((tmp272[25]))) ^ ~((const_81_1048575[25]))) ? const_81_1048575 : tmp272));
    assign tmp291 = (tmp290[20:0]);
    assign tmp292 = (const_63_55600 - tmp291);
    assign tmp299 = (((tmp292[21]) ^ ~((tmp291[20]))) ^ ~((const_63_55600[20])));
    assign tmp305 = (s0_spike_write_slot + 4'd1);
    assign tmp312 = (((s0_emit_state == 2'd0) & ~((s0_spike_slots_filled == 5'd0))) & s1_in_push_ready);
    assign tmp313 = (s0_emit_state == 2'd1);
    assign tmp314 = (s0_emit_state == 2'd2);
    assign tmp315 = (s0_emit_word + 6'd1);
    assign tmp319 = {s0_emit_slot, (tmp312 ? 6'd0 : (s0_emit_advance ? (tmp315[5:0]) : s0_emit_word))};
    assign tmp323 = (s0_emit_raw & ~(s0_emit_sent));
    assign tmp325 = (s0_emit_inverted + 2'd1);
    assign tmp327 = (tmp323 & (tmp325[1:0]));
    assign tmp328 = (tmp327[1:0]);
    assign tmp336 = (s0_emit_gc == 6'd63);
    assign tmp337 = (s0_emit_x == 1'd0);
    assign tmp338 = (s0_emit_word == 6'd63);
    assign tmp342 = (s0_emit_word + 6'd1);
    assign tmp348 = (s0_emit_gc + 6'd1);
    assign tmp355 = (s0_emit_x + 1'd1);
    assign tmp363 = (s0_emit_y + 1'd1);
    assign tmp375 = (s0_emit_slot + 4'd1);
    assign tmp394 = (s0_spike_slots_filled + {4'd0, tmp66});
    assign tmp396 = (tmp394 - {5'd0, tmp314});
    assign tmp399 = (s0_emit_gc * 6'd2);
    assign tmp401 = (tmp399 + {11'd0, (tmp328[1])});
    assign tmp411 = (s1_p2_valid & s1_p2_last);
    assign tmp412 = (s1_step == 3'd0);
    assign tmp418 = ((~(s1_running) & (s1_rd_half ? s1_in_full1 : s1_in_full0)) & ~(s1_output_busy));
    assign tmp422 = (s1_step + 3'd1);
    assign tmp434 = (s1_k == s1_events);
    assign tmp435 = (s1_group == 3'd4);
    assign tmp447 = (s1_group + 3'd1);
    assign tmp454 = (s1_k + 8'd1);
    assign tmp470 = {s1_rd_half, s1_k};
    assign tmp476 = ((s1_entry[8:2]) * 7'd5);
    assign tmp478 = (tmp476 + {11'd0, s1_p1_group});
    assign tmp479 = (tmp478[9:0]);
    assign tmp482 = (s1_out_active ? s1_out_group : s1_p1_group);
    assign tmp490 = (s1_p2_valid & ~(s1_p2_update));
    assign tmp491 = (s1_p2_valid & s1_p2_update);
    assign tmp492 = (s1_weight_word[7:0]);
    assign tmp493 = (s1_weight_word[15:8]);
    assign tmp494 = (tmp492[7]);
    assign tmp496 = (s1_acc0 + {{5 {tmp494}}, tmp492});
    assign tmp500 = (s1_acc0 + (s1_param_word[12:0]));
    assign tmp501 = (tmp500[12:0]);
    assign tmp502 = (tmp493[7]);
    assign tmp504 = (s1_acc1 + {{5 {tmp502}}, tmp493});
    assign tmp508 = (s1_acc1 + (s1_param_word[25:13]));
    assign tmp509 = (tmp508[12:0]);
    assign tmp512 = (tmp412 ? 14'd0 : (s1_v_word[13:0]));
    assign tmp513 = (tmp512[13]);
    assign tmp514 = {{5 {tmp513}}, tmp512};
    assign tmp515 = (tmp501[12]);
    assign tmp517 = (const_174_0[13]);
    assign tmp519 = ({{5 {tmp517}}, const_174_0} - tmp514);
    assign tmp521 = (tmp519 + {1'd0, {{6 {tmp515}}, tmp501}});
    assign tmp522 = (tmp521[18:0]);
    assign tmp523 = (tmp522[18]);
    assign tmp525 = (const_180_1[1]);
    assign tmp527 = ({{2 {tmp523}}, tmp522} * {{19 {tmp525}}, const_180_1});
    assign tmp528 = (tmp527[20:0]);
    assign tmp529 = (tmp528[18:0]);
    assign tmp530 = (tmp529[18:1]);
    assign tmp533 = (tmp514 + {(tmp530[17]), tmp530});
    assign tmp534 = (tmp533[18:0]);
    assign tmp535 = (tmp534 - const_181_516096);
    assign tmp543 = (const_182_8191 - tmp534);
    assign tmp552 = ((((tmp535[19]) ^ ~((tmp534[18]))) ^ ~((const_181_516096[18]))) ? const_181_516096 : ((((tmp543[19]) ^ ~((tmp534[18]))) ^ ~((const_182_8191[18]))) ? const_182_8191 : tmp534));
    assign tmp553 = (tmp552[13:0]);
    assign tmp554 = (const_170_152 - tmp553);
    assign tmp561 = (((tmp554[14]) ^ ~((tmp553[13]))) ^ ~((const_170_152[13])));
    assign tmp563 = (tmp412 ? 14'd0 : (s1_v_word[27:14]));
    assign tmp564 = (tmp563[13]);
    assign tmp565 = {{5 {tmp564}}, tmp563};
    assign tmp566 = (tmp509[12]);
    assign tmp568 = (const_175_0[13]);
    assign tmp570 = ({{5 {tmp568}}, const_175_0} - tmp565);
    assign tmp572 = (tmp570 + {1'd0, {{6 {tmp566}}, tmp509}});
    assign tmp573 = (tmp572[18:0]);
    assign tmp574 = (tmp573[18]);
    assign tmp576 = (const_185_1[1]);
    assign tmp578 = ({{2 {tmp574}}, tmp573} * {{19 {tmp576}}, const_185_1});
    assign tmp579 = (tmp578[20:0]);
    assign tmp580 = (tmp579[18:0]);
    assign tmp581 = (tmp580[18:1]);
    assign tmp584 = (tmp565 + {(tmp581[17]), tmp581});
    assign tmp585 = (tmp584[18:0]);
    assign tmp586 = (tmp585 - const_186_516096);
    assign tmp594 = (const_187_8191 - tmp585);
    assign tmp603 = ((((tmp586[19]) ^ ~((tmp585[18]))) ^ ~((const_186_516096[18]))) ? const_186_516096 : ((((tmp594[19]) ^ ~((tmp585[18]))) ^ ~((const_187_8191[18]))) ? const_187_8191 : tmp585));
    assign tmp604 = (tmp603[13:0]);
    assign tmp605 = (const_171_152 - tmp604);
    assign tmp612 = (((tmp605[14]) ^ ~((tmp604[13]))) ^ ~((const_171_152[13])));
    assign tmp621 = (s1_count_before0 + {3'd0, tmp561});
    assign tmp625 = (s1_count_before1 + {3'd0, tmp612});
    assign tmp631 = (tmp411 & (s1_step == 3'd7));
    assign tmp634 = (s1_out_lane ? (s1_count_word[7:4]) : (s1_count_word[3:0]));
    assign tmp635 = {1'd0, tmp634};
    assign tmp636 = (s1_out_state == 2'd2);
    assign tmp637 = (tmp636 & out_ready);
    assign tmp639 = (s1_best - tmp635);
    assign tmp648 = (tmp637 & ((s1_out_position == 4'd0) | (((tmp639[5]) ^ ~((tmp635[4]))) ^ ~((s1_best[4])))));
    assign tmp651 = (s1_out_state == 2'd1);
    assign tmp654 = (s1_out_position == 4'd9);
    assign tmp660 = (s1_out_lane == 1'd1);
    assign tmp668 = (s1_out_group_reg + 3'd1);
    assign tmp684 = (s1_out_position + 4'd1);
    assign tmp693 = (s1_out_lane + 1'd1);
    assign tmp703 = (s1_out_position + 4'd1);

    // Register logic
    always @(posedge clk) begin
        if (rst) begin
            images_in_flight <= 8'd0;
            s0_acc0 <= 20'd0;
            s0_acc1 <= 20'd0;
            s0_current_word <= 40'd0;
            s0_emit_gc <= 6'd0;
            s0_emit_raw <= 2'd0;
            s0_emit_sent <= 2'd0;
            s0_emit_slot <= 4'd0;
            s0_emit_state <= 2'd0;
            s0_emit_word <= 6'd0;
            s0_emit_x <= 1'd0;
            s0_emit_y <= 1'd0;
            s0_entry <= 15'd0;
            s0_events <= 7'd0;
            s0_group <= 6'd0;
            s0_in_count0 <= 7'd0;
            s0_in_count1 <= 7'd0;
            s0_in_full0 <= 1'd0;
            s0_in_full1 <= 1'd0;
            s0_in_wr_half <= 1'd0;
            s0_in_wr_ptr <= 7'd0;
            s0_issuing <= 1'd0;
            s0_k <= 7'd0;
            s0_p1_group <= 6'd0;
            s0_p1_last <= 1'd0;
            s0_p1_update <= 1'd0;
            s0_p1_valid <= 1'd0;
            s0_p2_group <= 6'd0;
            s0_p2_last <= 1'd0;
            s0_p2_update <= 1'd0;
            s0_p2_valid <= 1'd0;
            s0_param_word <= 40'd0;
            s0_pixel <= 8'd0;
            s0_rd_half <= 1'd0;
            s0_running <= 1'd0;
            s0_spike_slots_filled <= 5'd0;
            s0_spike_write_slot <= 4'd0;
            s0_step <= 3'd0;
            s0_v_word <= 42'd0;
            s0_weight_word <= 16'd0;
            s1_acc0 <= 13'd0;
            s1_acc1 <= 13'd0;
            s1_best <= 5'd0;
            s1_best_index <= 4'd0;
            s1_count_word <= 8'd0;
            s1_entry <= 9'd0;
            s1_events <= 8'd0;
            s1_group <= 3'd0;
            s1_in_count0 <= 8'd0;
            s1_in_count1 <= 8'd0;
            s1_in_full0 <= 1'd0;
            s1_in_full1 <= 1'd0;
            s1_in_wr_half <= 1'd0;
            s1_in_wr_ptr <= 8'd0;
            s1_issuing <= 1'd0;
            s1_k <= 8'd0;
            s1_out_group_reg <= 3'd0;
            s1_out_lane <= 1'd0;
            s1_out_position <= 4'd0;
            s1_out_state <= 2'd0;
            s1_p1_group <= 3'd0;
            s1_p1_last <= 1'd0;
            s1_p1_update <= 1'd0;
            s1_p1_valid <= 1'd0;
            s1_p2_group <= 3'd0;
            s1_p2_last <= 1'd0;
            s1_p2_update <= 1'd0;
            s1_p2_valid <= 1'd0;
            s1_param_word <= 26'd0;
            s1_rd_half <= 1'd0;
            s1_running <= 1'd0;
            s1_step <= 3'd0;
            s1_v_word <= 28'd0;
            s1_weight_word <= 16'd0;
        end else begin
            images_in_flight <= (tmp3[7:0]);
            s0_acc0 <= (tmp155 ? (tmp168[19:0]) : (tmp156 ? 20'd0 : s0_acc0));
            s0_acc1 <= (tmp155 ? (tmp183[19:0]) : (tmp156 ? 20'd0 : s0_acc1));
            s0_current_word <= tmp190;
            s0_emit_gc <= (((~(tmp312) & s0_emit_advance) & ~(tmp338)) ? (tmp336 ? 6'd0 : (tmp348[5:0])) : (tmp312 ? 6'd0 : s0_emit_gc));
            s0_emit_raw <= tmp321;
            s0_emit_sent <= ((tmp312 | s0_emit_advance) ? 2'd0 : (s0_emit_sent | tmp328));
            s0_emit_slot <= (((~(tmp312) & ~(s0_emit_advance)) & tmp314) ? (tmp375[3:0]) : s0_emit_slot);
            s0_emit_state <= (((~(tmp312) & ~(s0_emit_advance)) & tmp314) ? 2'd0 : (((~(tmp312) & s0_emit_advance) & tmp338) ? 2'd2 : (tmp312 ? 2'd1 : s0_emit_state)));
            s0_emit_word <= (((~(tmp312) & s0_emit_advance) & ~(tmp338)) ? (tmp342[5:0]) : (tmp312 ? 6'd0 : s0_emit_word));
            s0_emit_x <= ((((~(tmp312) & s0_emit_advance) & ~(tmp338)) & tmp336) ? (tmp337 ? 1'd0 : (tmp355[0])) : (tmp312 ? 1'd0 : s0_emit_x));
            s0_emit_y <= (((((~(tmp312) & s0_emit_advance) & ~(tmp338)) & tmp336) & tmp337) ? (tmp363[0]) : (tmp312 ? 1'd0 : s0_emit_y));
            s0_entry <= tmp130;
            s0_events <= (tmp76 ? (tmp67 ? (s0_rd_half ? s0_in_count1 : s0_in_count0) : 7'd0) : s0_events);
            s0_group <= ((((~(tmp76) & s0_issuing) & tmp92) & ~(tmp93)) ? (tmp105[5:0]) : ((((~(tmp76) & s0_issuing) & tmp92) & tmp93) ? 6'd0 : (tmp76 ? 6'd0 : s0_group)));
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
            s0_spike_slots_filled <= (tmp396[4:0]);
            s0_spike_write_slot <= (tmp66 ? (tmp305[3:0]) : s0_spike_write_slot);
            s0_step <= (tmp66 ? ((s0_step == 3'd7) ? 3'd0 : (tmp80[2:0])) : s0_step);
            s0_v_word <= tmp149;
            s0_weight_word <= tmp147;
            s1_acc0 <= (tmp490 ? (tmp496[12:0]) : (tmp491 ? 13'd0 : s1_acc0));
            s1_acc1 <= (tmp490 ? (tmp504[12:0]) : (tmp491 ? 13'd0 : s1_acc1));
            s1_best <= (tmp648 ? tmp635 : s1_best);
            s1_best_index <= (tmp648 ? s1_out_position : s1_best_index);
            s1_count_word <= tmp616;
            s1_entry <= tmp472;
            s1_events <= (tmp418 ? (s1_rd_half ? s1_in_count1 : s1_in_count0) : s1_events);
            s1_group <= ((((~(tmp418) & s1_issuing) & tmp434) & ~(tmp435)) ? (tmp447[2:0]) : ((((~(tmp418) & s1_issuing) & tmp434) & tmp435) ? 3'd0 : (tmp418 ? 3'd0 : s1_group)));
            s1_in_count0 <= (tmp54 ? s1_in_wr_ptr : s1_in_count0);
            s1_in_count1 <= (tmp60 ? s1_in_wr_ptr : s1_in_count1);
            s1_in_full0 <= (tmp54 | (s1_in_full0 & ~(s1_in_clear0)));
            s1_in_full1 <= (tmp60 | (s1_in_full1 & ~(s1_in_clear1)));
            s1_in_wr_half <= (s1_in_wr_half ^ tmp42);
            s1_in_wr_ptr <= (tmp50[7:0]);
            s1_issuing <= ((((~(tmp418) & s1_issuing) & tmp434) & tmp435) ? 1'd0 : (tmp418 ? 1'd1 : s1_issuing));
            s1_k <= (((~(tmp418) & s1_issuing) & ~(tmp434)) ? (tmp454[7:0]) : (((~(tmp418) & s1_issuing) & tmp434) ? 8'd0 : (tmp418 ? 8'd0 : s1_k)));
            s1_out_group_reg <= (((((~(tmp631) & ~(tmp651)) & tmp637) & ~(tmp654)) & tmp660) ? (tmp668[2:0]) : (tmp631 ? 3'd0 : s1_out_group_reg));
            s1_out_lane <= (((((~(tmp631) & ~(tmp651)) & tmp637) & ~(tmp654)) & ~(tmp660)) ? (tmp693[0]) : (((((~(tmp631) & ~(tmp651)) & tmp637) & ~(tmp654)) & tmp660) ? 1'd0 : (tmp631 ? 1'd0 : s1_out_lane)));
            s1_out_position <= (((((~(tmp631) & ~(tmp651)) & tmp637) & ~(tmp654)) & ~(tmp660)) ? (tmp703[3:0]) : (((((~(tmp631) & ~(tmp651)) & tmp637) & ~(tmp654)) & tmp660) ? (tmp684[3:0]) : (tmp631 ? 4'd0 : s1_out_position)));
            s1_out_state <= ((((~(tmp631) & ~(tmp651)) & ~(tmp637)) & (s1_out_state == 2'd3)) ? 2'd0 : (((((~(tmp631) & ~(tmp651)) & tmp637) & ~(tmp654)) & tmp660) ? 2'd1 : ((((~(tmp631) & ~(tmp651)) & tmp637) & tmp654) ? 2'd3 : ((~(tmp631) & tmp651) ? 2'd2 : (tmp631 ? 2'd1 : s1_out_state)))));
            s1_p1_group <= s1_group;
            s1_p1_last <= (tmp434 & tmp435);
            s1_p1_update <= tmp434;
            s1_p1_valid <= s1_issuing;
            s1_p2_group <= s1_p1_group;
            s1_p2_last <= s1_p1_last;
            s1_p2_update <= s1_p1_update;
            s1_p2_valid <= s1_p1_valid;
            s1_param_word <= tmp486;
            s1_rd_half <= (s1_rd_half ^ (tmp411 & 1'd1));
            s1_running <= (tmp418 ? 1'd1 : (tmp411 ? 1'd0 : s1_running));
            s1_step <= (tmp411 ? ((s1_step == 3'd7) ? 3'd0 : (tmp422[2:0])) : s1_step);
            s1_v_word <= tmp484;
            s1_weight_word <= tmp481;
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
    assign tmp472 = s1_in_events[(tmp470[8:0])];

    // MemBlock s0_weights logic
    assign tmp147 = s0_weights[(tmp145[11:0])];

    // MemBlock s0_membranes logic
    always @(posedge clk) begin
        if (tmp156) begin
            s0_membranes[s0_p2_group] <= {(tmp299 ? 21'd0 : tmp291), (tmp248 ? 21'd0 : tmp240)};
        end
    end
    assign tmp149 = s0_membranes[(s0_p1_group[5:0])];

    // MemBlock s0_params logic
    assign tmp151 = s0_params[(s0_p1_group[5:0])];

    // MemBlock s0_currents logic
    always @(posedge clk) begin
        if ((tmp156 & tmp67)) begin
            s0_currents[s0_p2_group] <= {tmp188, tmp173};
        end
    end
    assign tmp190 = s0_currents[(s0_p1_group[5:0])];

    // MemBlock s0_spikes logic
    always @(posedge clk) begin
        if (tmp156) begin
            s0_spikes[{s0_spike_write_slot, (s0_p2_group[5:0])}] <= {tmp299, tmp248};
        end
    end
    assign tmp321 = s0_spikes[(tmp319[9:0])];

    // MemBlock s1_weights logic
    assign tmp481 = s1_weights[(tmp479[9:0])];

    // MemBlock s1_membranes logic
    always @(posedge clk) begin
        if (tmp491) begin
            s1_membranes[s1_p2_group] <= {(tmp612 ? 14'd0 : tmp604), (tmp561 ? 14'd0 : tmp553)};
        end
    end
    assign tmp484 = s1_membranes[(tmp482[2:0])];

    // MemBlock s1_params logic
    assign tmp486 = s1_params[(s1_p1_group[2:0])];

    // MemBlock s1_counts logic
    always @(posedge clk) begin
        if (tmp491) begin
            s1_counts[s1_p2_group] <= {(tmp625[3:0]), (tmp621[3:0])};
        end
    end
    assign tmp616 = s1_counts[(tmp482[2:0])];
endmodule
