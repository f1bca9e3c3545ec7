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
        CData/*5:0*/ testbench__DOT__in_index;
        CData/*7:0*/ testbench__DOT__in_value;
        CData/*0:0*/ testbench__DOT__dut__DOT__busy_reg;
        CData/*6:0*/ testbench__DOT__dut__DOT__s0_emit_group;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_emit_half;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_emit_raw;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_emit_sent;
        CData/*1:0*/ testbench__DOT__dut__DOT__s0_emit_state;
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
        CData/*6:0*/ testbench__DOT__dut__DOT__s1_entry;
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
        CData/*3:0*/ testbench__DOT__dut__DOT__s1_p2_group;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p2_last;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p2_update;
    };
    struct {
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_p2_valid;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_rd_half;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_running;
        CData/*2:0*/ testbench__DOT__dut__DOT__s1_step;
        CData/*7:0*/ testbench__DOT__dut__DOT__s1_weight_word;
        CData/*0:0*/ testbench__DOT__dut__DOT__s0_emit_advance;
        CData/*0:0*/ testbench__DOT__dut__DOT__s1_in_push_eos;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp4;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp5;
        CData/*7:0*/ testbench__DOT__dut__DOT__tmp13;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp17;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp23;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp30;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp31;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp42;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp48;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp56;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp64;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp65;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp66;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp67;
        CData/*7:0*/ testbench__DOT__dut__DOT__tmp80;
        CData/*7:0*/ testbench__DOT__dut__DOT__tmp87;
        CData/*3:0*/ testbench__DOT__dut__DOT__tmp98;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp149;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp221;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp228;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp244;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp252;
        CData/*7:0*/ testbench__DOT__dut__DOT__tmp256;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp306;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp307;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp308;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp309;
        CData/*4:0*/ testbench__DOT__dut__DOT__tmp321;
        CData/*3:0*/ testbench__DOT__dut__DOT__tmp339;
        CData/*3:0*/ testbench__DOT__dut__DOT__tmp380;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp388;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp448;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp459;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp464;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp475;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp478;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp481;
        CData/*0:0*/ testbench__DOT__dut__DOT__tmp487;
        CData/*4:0*/ testbench__DOT__dut__DOT__tmp495;
        CData/*4:0*/ testbench__DOT__dut__DOT__tmp511;
        CData/*1:0*/ testbench__DOT__dut__DOT__tmp520;
        CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0;
        CData/*0:0*/ __Vtrigrprev__TOP__testbench__DOT__clk;
        CData/*0:0*/ __VactContinue;
        SData/*13:0*/ testbench__DOT__dut__DOT__s0_entry;
        SData/*12:0*/ testbench__DOT__dut__DOT__s1_acc0;
        SData/*12:0*/ testbench__DOT__dut__DOT__s1_param_word;
        SData/*13:0*/ testbench__DOT__dut__DOT__s1_v_word;
        SData/*8:0*/ testbench__DOT__dut__DOT__tmp38;
        SData/*8:0*/ testbench__DOT__dut__DOT__tmp328;
        SData/*13:0*/ testbench__DOT__dut__DOT__tmp392;
        SData/*13:0*/ testbench__DOT__dut__DOT__tmp440;
        VlWide<256>/*8191:0*/ testbench__DOT__stimulus_path;
        VlWide<256>/*8191:0*/ testbench__DOT__results_path;
        IData/*31:0*/ testbench__DOT__fin;
        IData/*31:0*/ testbench__DOT__fout;
        IData/*31:0*/ testbench__DOT__images;
    };
    struct {
        IData/*31:0*/ testbench__DOT__records;
        IData/*31:0*/ testbench__DOT__position;
        IData/*31:0*/ testbench__DOT__cycle;
        IData/*31:0*/ testbench__DOT__index;
        IData/*31:0*/ testbench__DOT__value;
        IData/*31:0*/ testbench__DOT__eos;
        IData/*31:0*/ testbench__DOT__accepted;
        IData/*31:0*/ testbench__DOT__finished;
        IData/*19:0*/ testbench__DOT__dut__DOT__s0_acc0;
        IData/*19:0*/ testbench__DOT__dut__DOT__s0_current_word;
        IData/*19:0*/ testbench__DOT__dut__DOT__s0_param_word;
        IData/*20:0*/ testbench__DOT__dut__DOT__s0_v_word;
        IData/*20:0*/ testbench__DOT__dut__DOT__tmp160;
        IData/*19:0*/ testbench__DOT__dut__DOT__tmp165;
        IData/*20:0*/ testbench__DOT__dut__DOT__tmp213;
        IData/*31:0*/ __VstlIterCount;
        IData/*31:0*/ __VactIterCount;
        VlUnpacked<SData/*13:0*/, 256> testbench__DOT__dut__DOT__s0_in_events;
        VlUnpacked<CData/*6:0*/, 512> testbench__DOT__dut__DOT__s1_in_events;
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
