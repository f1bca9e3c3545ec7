// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design internal header
// See Vtestbench.h for the primary calling header

#ifndef VERILATED_VTESTBENCH___024ROOT_H_
#define VERILATED_VTESTBENCH___024ROOT_H_  // guard

#include "verilated.h"
#include "verilated_timing.h"

class Vtestbench__Syms;

class Vtestbench___024root final : public VerilatedModule {
  public:

    // DESIGN SPECIFIC STATE
    // Anonymous structures to workaround compiler member-count bugs
    struct {
        CData/*0:0*/ testbench__DOT__clk;
        CData/*0:0*/ testbench__DOT__rst;
        CData/*0:0*/ testbench__DOT__start;
        CData/*0:0*/ testbench__DOT__in_valid;
        CData/*0:0*/ testbench__DOT__in_eos;
        CData/*0:0*/ testbench__DOT__in_c;
        CData/*2:0*/ testbench__DOT__in_y;
        CData/*2:0*/ testbench__DOT__in_x;
        CData/*7:0*/ testbench__DOT__in_value;
        CData/*3:0*/ testbench__DOT__out_data;
        CData/*5:0*/ testbench__DOT__dut__DOT__s0_emit_gc;
        CData/*1:0*/ testbench__DOT__dut__DOT__s0_emit_raw;
        CData/*1:0*/ testbench__DOT__dut__DOT__s0_emit_sent;
        CData/*3:0*/ testbench__DOT__dut__DOT__s0_emit_slot;
        CData/*1:0*/ testbench__DOT__dut__DOT__s0_emit_state;
        CData/*5:0*/ testbench__DOT__dut__DOT__s0_emit_word;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_emit_x;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_emit_y;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_events;
        CData/*5:0*/ testbench__DOT__dut__DOT__s0_group;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_in_count0;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_in_count1;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_in_full0;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_in_full1;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_in_wr_half;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_in_wr_ptr;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_issuing;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_k;
        CData/*5:0*/ testbench__DOT__dut__DOT__s0_p1_group;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_p1_last;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_p1_update;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_p1_valid;
        CData/*5:0*/ testbench__DOT__dut__DOT__s0_p2_group;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_p2_last;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_p2_update;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_p2_valid;
        CData/*7:0*/ testbench__DOT__dut__DOT__s0_pixel;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_rd_half;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_running;
        CData/*4:0*/ testbench__DOT__dut__DOT__s0_spike_slots_filled;
        CData/*3:0*/ testbench__DOT__dut__DOT__s0_spike_write_slot;
        CData/*2:0*/ testbench__DOT__dut__DOT__s0_step;
        CData/*4:0*/ testbench__DOT__dut__DOT__s1_best;
        CData/*3:0*/ testbench__DOT__dut__DOT__s1_best_index;
        CData/*7:0*/ testbench__DOT__dut__DOT__s1_count_word;
        CData/*7:0*/ testbench__DOT__dut__DOT__s1_events;
        CData/*2:0*/ testbench__DOT__dut__DOT__s1_group;
        CData/*7:0*/ testbench__DOT__dut__DOT__s1_in_count0;
        CData/*7:0*/ testbench__DOT__dut__DOT__s1_in_count1;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_in_full0;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_in_full1;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_in_wr_half;
        CData/*7:0*/ testbench__DOT__dut__DOT__s1_in_wr_ptr;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_issuing;
        CData/*7:0*/ testbench__DOT__dut__DOT__s1_k;
        CData/*2:0*/ testbench__DOT__dut__DOT__s1_out_group_reg;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_out_lane;
        CData/*3:0*/ testbench__DOT__dut__DOT__s1_out_position;
        CData/*1:0*/ testbench__DOT__dut__DOT__s1_out_state;
        CData/*2:0*/ testbench__DOT__dut__DOT__s1_p1_group;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p1_last;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p1_update;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p1_valid;
        CData/*2:0*/ testbench__DOT__dut__DOT__s1_p2_group;
    };
    struct {
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p2_last;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p2_update;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p2_valid;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_rd_half;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_running;
        CData/*2:0*/ testbench__DOT__dut__DOT__s1_step;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_emit_advance;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_in_push_eos;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp13;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp16;
        CData/*7:0*/ testbench__DOT__dut__DOT__tmp21;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp25;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp31;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp42;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp45;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp54;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp60;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp66;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp76;
        CData/*3:0*/ testbench__DOT__dut__DOT__tmp80;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp92;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp93;
        CData/*6:0*/ testbench__DOT__dut__DOT__tmp105;
        CData/*7:0*/ testbench__DOT__dut__DOT__tmp112;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp155;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp156;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp248;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp299;
        CData/*4:0*/ testbench__DOT__dut__DOT__tmp305;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp312;
        CData/*1:0*/ testbench__DOT__dut__DOT__tmp328;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp336;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp337;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp338;
        CData/*6:0*/ testbench__DOT__dut__DOT__tmp342;
        CData/*6:0*/ testbench__DOT__dut__DOT__tmp348;
        CData/*1:0*/ testbench__DOT__dut__DOT__tmp355;
        CData/*1:0*/ testbench__DOT__dut__DOT__tmp363;
        CData/*4:0*/ testbench__DOT__dut__DOT__tmp375;
        CData/*6:0*/ testbench__DOT__dut__DOT__tmp396;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp411;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp418;
        CData/*3:0*/ testbench__DOT__dut__DOT__tmp422;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp434;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp435;
        CData/*3:0*/ testbench__DOT__dut__DOT__tmp447;
        CData/*2:0*/ testbench__DOT__dut__DOT__tmp482;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp490;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp491;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp561;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp612;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp631;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp637;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp648;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp651;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp654;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp660;
        CData/*3:0*/ testbench__DOT__dut__DOT__tmp668;
        CData/*4:0*/ testbench__DOT__dut__DOT__tmp684;
        CData/*1:0*/ testbench__DOT__dut__DOT__tmp693;
        CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0;
        CData/*0:0*/ __Vtrigrprev__TOP__testbench__DOT__clk;
        CData/*0:0*/ __VactContinue;
        SData/*14:0*/ testbench__DOT__dut__DOT__s0_entry;
    };
    struct {
        SData/*15:0*/ testbench__DOT__dut__DOT__s0_weight_word;
        SData/*12:0*/ testbench__DOT__dut__DOT__s1_acc0;
        SData/*12:0*/ testbench__DOT__dut__DOT__s1_acc1;
        SData/*8:0*/ testbench__DOT__dut__DOT__s1_entry;
        SData/*15:0*/ testbench__DOT__dut__DOT__s1_weight_word;
        SData/*8:0*/ testbench__DOT__dut__DOT__tmp50;
        SData/*8:0*/ testbench__DOT__dut__DOT__tmp454;
        SData/*13:0*/ testbench__DOT__dut__DOT__tmp496;
        SData/*13:0*/ testbench__DOT__dut__DOT__tmp504;
        SData/*13:0*/ testbench__DOT__dut__DOT__tmp553;
        SData/*13:0*/ testbench__DOT__dut__DOT__tmp604;
        VlWide<256>/*8191:0*/ testbench__DOT__stimulus_path;
        VlWide<256>/*8191:0*/ testbench__DOT__results_path;
        IData/*31:0*/ testbench__DOT__fin;
        IData/*31:0*/ testbench__DOT__fout;
        IData/*31:0*/ testbench__DOT__images;
        IData/*31:0*/ testbench__DOT__records;
        IData/*31:0*/ testbench__DOT__c;
        IData/*31:0*/ testbench__DOT__y;
        IData/*31:0*/ testbench__DOT__x;
        IData/*31:0*/ testbench__DOT__value;
        IData/*31:0*/ testbench__DOT__eos;
        IData/*31:0*/ testbench__DOT__accepted;
        IData/*19:0*/ testbench__DOT__dut__DOT__s0_acc0;
        IData/*19:0*/ testbench__DOT__dut__DOT__s0_acc1;
        IData/*25:0*/ testbench__DOT__dut__DOT__s1_param_word;
        IData/*27:0*/ testbench__DOT__dut__DOT__s1_v_word;
        IData/*20:0*/ testbench__DOT__dut__DOT__tmp168;
        IData/*19:0*/ testbench__DOT__dut__DOT__tmp173;
        IData/*20:0*/ testbench__DOT__dut__DOT__tmp183;
        IData/*19:0*/ testbench__DOT__dut__DOT__tmp188;
        IData/*20:0*/ testbench__DOT__dut__DOT__tmp240;
        IData/*20:0*/ testbench__DOT__dut__DOT__tmp291;
        IData/*31:0*/ __VstlIterCount;
        IData/*31:0*/ __VactIterCount;
        QData/*39:0*/ testbench__DOT__dut__DOT__s0_current_word;
        QData/*39:0*/ testbench__DOT__dut__DOT__s0_param_word;
        QData/*41:0*/ testbench__DOT__dut__DOT__s0_v_word;
        VlUnpacked<SData/*14:0*/, 256> testbench__DOT__dut__DOT__s0_in_events;
        VlUnpacked<SData/*8:0*/, 512> testbench__DOT__dut__DOT__s1_in_events;
        VlUnpacked<SData/*15:0*/, 4096> testbench__DOT__dut__DOT__s0_weights;
        VlUnpacked<QData/*41:0*/, 64> testbench__DOT__dut__DOT__s0_membranes;
        VlUnpacked<QData/*39:0*/, 64> testbench__DOT__dut__DOT__s0_params;
        VlUnpacked<QData/*39:0*/, 64> testbench__DOT__dut__DOT__s0_currents;
        VlUnpacked<CData/*1:0*/, 1024> testbench__DOT__dut__DOT__s0_spikes;
        VlUnpacked<SData/*15:0*/, 1024> testbench__DOT__dut__DOT__s1_weights;
        VlUnpacked<IData/*27:0*/, 8> testbench__DOT__dut__DOT__s1_membranes;
        VlUnpacked<IData/*25:0*/, 8> testbench__DOT__dut__DOT__s1_params;
        VlUnpacked<CData/*7:0*/, 8> testbench__DOT__dut__DOT__s1_counts;
    };
    VlDelayScheduler __VdlySched;
    VlTriggerScheduler __VtrigSched_h902f891e__0;
    VlTriggerVec<1> __VstlTriggered;
    VlTriggerVec<2> __VactTriggered;
    VlTriggerVec<2> __VnbaTriggered;

    // INTERNAL VARIABLES
    Vtestbench__Syms* const vlSymsp;

    // CONSTRUCTORS
    Vtestbench___024root(Vtestbench__Syms* symsp, const char* v__name);
    ~Vtestbench___024root();
    VL_UNCOPYABLE(Vtestbench___024root);

    // INTERNAL METHODS
    void __Vconfigure(bool first);
} VL_ATTR_ALIGNED(VL_CACHE_LINE_BYTES);


#endif  // guard
