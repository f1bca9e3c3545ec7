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
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_emit_gc;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_emit_half;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_emit_raw;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_emit_sent;
        CData/*1:0*/ testbench__DOT__dut__DOT__s0_emit_state;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_emit_word;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_emit_x;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_emit_y;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_events;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_group;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_in_count0;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_in_count1;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_in_full0;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_in_full1;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_in_wr_half;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_in_wr_ptr;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_issuing;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_k;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_p1_group;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_p1_last;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_p1_update;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_p1_valid;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_p2_group;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_p2_last;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_p2_update;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_p2_valid;
        CData/*7:0*/ testbench__DOT__dut__DOT__s0_pixel;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_rd_half;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_running;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_spike_full0;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_spike_full1;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_spike_wr_half;
        CData/*2:0*/ testbench__DOT__dut__DOT__s0_step;
        CData/*7:0*/ testbench__DOT__dut__DOT__s0_weight_word;
        CData/*4:0*/ testbench__DOT__dut__DOT__s1_best;
        CData/*3:0*/ testbench__DOT__dut__DOT__s1_best_index;
        CData/*3:0*/ testbench__DOT__dut__DOT__s1_count_word;
        CData/*7:0*/ testbench__DOT__dut__DOT__s1_events;
        CData/*3:0*/ testbench__DOT__dut__DOT__s1_group;
        CData/*7:0*/ testbench__DOT__dut__DOT__s1_in_count0;
        CData/*7:0*/ testbench__DOT__dut__DOT__s1_in_count1;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_in_full0;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_in_full1;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_in_wr_half;
        CData/*7:0*/ testbench__DOT__dut__DOT__s1_in_wr_ptr;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_issuing;
        CData/*7:0*/ testbench__DOT__dut__DOT__s1_k;
        CData/*3:0*/ testbench__DOT__dut__DOT__s1_out_group_reg;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_out_lane;
        CData/*3:0*/ testbench__DOT__dut__DOT__s1_out_position;
        CData/*1:0*/ testbench__DOT__dut__DOT__s1_out_state;
        CData/*3:0*/ testbench__DOT__dut__DOT__s1_p1_group;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p1_last;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p1_update;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p1_valid;
    };
    struct {
        CData/*3:0*/ testbench__DOT__dut__DOT__s1_p2_group;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p2_last;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p2_update;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p2_valid;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_rd_half;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_running;
        CData/*2:0*/ testbench__DOT__dut__DOT__s1_step;
        CData/*7:0*/ testbench__DOT__dut__DOT__s1_weight_word;
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
        CData/*7:0*/ testbench__DOT__dut__DOT__tmp105;
        CData/*7:0*/ testbench__DOT__dut__DOT__tmp112;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp155;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp227;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp235;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp251;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp259;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp260;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp261;
        CData/*7:0*/ testbench__DOT__dut__DOT__tmp265;
        CData/*7:0*/ testbench__DOT__dut__DOT__tmp271;
        CData/*1:0*/ testbench__DOT__dut__DOT__tmp278;
        CData/*1:0*/ testbench__DOT__dut__DOT__tmp286;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp340;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp347;
        CData/*3:0*/ testbench__DOT__dut__DOT__tmp351;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp363;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp364;
        CData/*4:0*/ testbench__DOT__dut__DOT__tmp376;
        CData/*3:0*/ testbench__DOT__dut__DOT__tmp411;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp419;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp479;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp490;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp495;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp506;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp509;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp512;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp518;
        CData/*4:0*/ testbench__DOT__dut__DOT__tmp526;
        CData/*4:0*/ testbench__DOT__dut__DOT__tmp542;
        CData/*1:0*/ testbench__DOT__dut__DOT__tmp551;
        CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0;
        CData/*0:0*/ __Vtrigrprev__TOP__testbench__DOT__clk;
        CData/*0:0*/ __VactContinue;
        SData/*14:0*/ testbench__DOT__dut__DOT__s0_entry;
        SData/*12:0*/ testbench__DOT__dut__DOT__s1_acc0;
        SData/*8:0*/ testbench__DOT__dut__DOT__s1_entry;
        SData/*12:0*/ testbench__DOT__dut__DOT__s1_param_word;
        SData/*13:0*/ testbench__DOT__dut__DOT__s1_v_word;
        SData/*8:0*/ testbench__DOT__dut__DOT__tmp50;
    };
    struct {
        SData/*8:0*/ testbench__DOT__dut__DOT__tmp383;
        SData/*13:0*/ testbench__DOT__dut__DOT__tmp423;
        SData/*13:0*/ testbench__DOT__dut__DOT__tmp471;
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
        IData/*19:0*/ testbench__DOT__dut__DOT__s0_current_word;
        IData/*19:0*/ testbench__DOT__dut__DOT__s0_param_word;
        IData/*20:0*/ testbench__DOT__dut__DOT__s0_v_word;
        IData/*20:0*/ testbench__DOT__dut__DOT__tmp166;
        IData/*19:0*/ testbench__DOT__dut__DOT__tmp171;
        IData/*20:0*/ testbench__DOT__dut__DOT__tmp219;
        IData/*31:0*/ __VstlIterCount;
        IData/*31:0*/ __VactIterCount;
        VlUnpacked<SData/*14:0*/, 256> testbench__DOT__dut__DOT__s0_in_events;
        VlUnpacked<SData/*8:0*/, 512> testbench__DOT__dut__DOT__s1_in_events;
        VlUnpacked<CData/*7:0*/, 8192> testbench__DOT__dut__DOT__s0_weights;
        VlUnpacked<IData/*20:0*/, 128> testbench__DOT__dut__DOT__s0_membranes;
        VlUnpacked<IData/*19:0*/, 128> testbench__DOT__dut__DOT__s0_params;
        VlUnpacked<IData/*19:0*/, 128> testbench__DOT__dut__DOT__s0_currents;
        VlUnpacked<CData/*0:0*/, 256> testbench__DOT__dut__DOT__s0_spikes;
        VlUnpacked<CData/*7:0*/, 2048> testbench__DOT__dut__DOT__s1_weights;
        VlUnpacked<SData/*13:0*/, 16> testbench__DOT__dut__DOT__s1_membranes;
        VlUnpacked<SData/*12:0*/, 16> testbench__DOT__dut__DOT__s1_params;
        VlUnpacked<CData/*3:0*/, 16> testbench__DOT__dut__DOT__s1_counts;
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
