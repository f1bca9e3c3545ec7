// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vtestbench.h for the primary calling header

#include "verilated.h"

#include "Vtestbench___024root.h"

VL_ATTR_COLD void Vtestbench___024root___eval_initial__TOP(Vtestbench___024root* vlSelf);
VlCoroutine Vtestbench___024root___eval_initial__TOP__0(Vtestbench___024root* vlSelf);
VlCoroutine Vtestbench___024root___eval_initial__TOP__1(Vtestbench___024root* vlSelf);

void Vtestbench___024root___eval_initial(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___eval_initial\n"); );
    // Body
    Vtestbench___024root___eval_initial__TOP(vlSelf);
    Vtestbench___024root___eval_initial__TOP__0(vlSelf);
    Vtestbench___024root___eval_initial__TOP__1(vlSelf);
    vlSelf->__Vtrigrprev__TOP__testbench__DOT__clk 
        = vlSelf->testbench__DOT__clk;
}

VL_INLINE_OPT VlCoroutine Vtestbench___024root___eval_initial__TOP__0(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___eval_initial__TOP__0\n"); );
    // Init
    IData/*31:0*/ testbench__DOT__image;
    testbench__DOT__image = 0;
    IData/*31:0*/ testbench__DOT__position;
    testbench__DOT__position = 0;
    IData/*31:0*/ testbench__DOT__cycle;
    testbench__DOT__cycle = 0;
    IData/*31:0*/ testbench__DOT__status;
    testbench__DOT__status = 0;
    IData/*31:0*/ testbench__DOT__finished;
    testbench__DOT__finished = 0;
    IData/*31:0*/ testbench__DOT__need_start;
    testbench__DOT__need_start = 0;
    VlWide<3>/*95:0*/ __Vtemp_h430a34ad__0;
    VlWide<3>/*95:0*/ __Vtemp_hfb9d01aa__0;
    // Body
    __Vtemp_h430a34ad__0[0U] = 0x733d2573U;
    __Vtemp_h430a34ad__0[1U] = 0x6d756c75U;
    __Vtemp_h430a34ad__0[2U] = 0x737469U;
    if ((! VL_VALUEPLUSARGS_INW(8192, VL_CVT_PACK_STR_NW(3, __Vtemp_h430a34ad__0), 
                                vlSelf->testbench__DOT__stimulus_path))) {
        VL_CONST_W_3X(8192,vlSelf->testbench__DOT__stimulus_path,0x7374696d,0x756c7573,0x2e747874);
    }
    __Vtemp_hfb9d01aa__0[0U] = 0x733d2573U;
    __Vtemp_hfb9d01aa__0[1U] = 0x73756c74U;
    __Vtemp_hfb9d01aa__0[2U] = 0x7265U;
    if ((! VL_VALUEPLUSARGS_INW(8192, VL_CVT_PACK_STR_NW(3, __Vtemp_hfb9d01aa__0), 
                                vlSelf->testbench__DOT__results_path))) {
        VL_CONST_W_3X(8192,vlSelf->testbench__DOT__results_path,0x00726573,0x756c7473,0x2e747874);
    }
    vlSelf->testbench__DOT__fin = VL_FOPEN_NN(VL_CVT_PACK_STR_NW(256, vlSelf->testbench__DOT__stimulus_path)
                                              , std::string{"r"});
    vlSelf->testbench__DOT__fout = VL_FOPEN_NN(VL_CVT_PACK_STR_NW(256, vlSelf->testbench__DOT__results_path)
                                               , std::string{"w"});
    if (VL_UNLIKELY(((0U == vlSelf->testbench__DOT__fin) 
                     | (0U == vlSelf->testbench__DOT__fout)))) {
        VL_WRITEF("testbench: cannot open the stimulus or results file\n");
        VL_FINISH_MT("testbench.v", 28, "");
    }
    testbench__DOT__status = VL_FSCANF_IX(vlSelf->testbench__DOT__fin,"%#\n",
                                          32,&(vlSelf->testbench__DOT__images)) ;
    co_await vlSelf->__VtrigSched_h902f891e__0.trigger(
                                                       "@(posedge testbench.clk)", 
                                                       "testbench.v", 
                                                       31);
    co_await vlSelf->__VdlySched.delay(0x3e8U, "testbench.v", 
                                       31);
    co_await vlSelf->__VtrigSched_h902f891e__0.trigger(
                                                       "@(posedge testbench.clk)", 
                                                       "testbench.v", 
                                                       32);
    co_await vlSelf->__VdlySched.delay(0x3e8U, "testbench.v", 
                                       32);
    vlSelf->testbench__DOT__rst = 0U;
    testbench__DOT__image = 0U;
    testbench__DOT__position = 0U;
    testbench__DOT__need_start = 1U;
    testbench__DOT__finished = 0U;
    testbench__DOT__cycle = 0U;
    if (VL_LTS_III(32, 0U, vlSelf->testbench__DOT__images)) {
        testbench__DOT__status = VL_FSCANF_IX(vlSelf->testbench__DOT__fin,"%#\n",
                                              32,&(vlSelf->testbench__DOT__records)) ;
        testbench__DOT__status = VL_FSCANF_IX(vlSelf->testbench__DOT__fin,"%# %# %# %# %#\n",
                                              32,&(vlSelf->testbench__DOT__c),
                                              32,&(vlSelf->testbench__DOT__y),
                                              32,&(vlSelf->testbench__DOT__x),
                                              32,&(vlSelf->testbench__DOT__value),
                                              32,&(vlSelf->testbench__DOT__eos)) ;
    }
    while (VL_LTS_III(32, testbench__DOT__finished, vlSelf->testbench__DOT__images)) {
        vlSelf->testbench__DOT__start = (VL_LTS_III(32, testbench__DOT__image, vlSelf->testbench__DOT__images) 
                                         & (0U != testbench__DOT__need_start));
        vlSelf->testbench__DOT__in_valid = (VL_LTS_III(32, testbench__DOT__image, vlSelf->testbench__DOT__images) 
                                            & (~ (IData)(
                                                         (0U 
                                                          != testbench__DOT__need_start))));
        vlSelf->testbench__DOT__in_c = (1U & vlSelf->testbench__DOT__c);
        vlSelf->testbench__DOT__in_y = (7U & vlSelf->testbench__DOT__y);
        vlSelf->testbench__DOT__in_x = (7U & vlSelf->testbench__DOT__x);
        vlSelf->testbench__DOT__in_value = (0xffU & vlSelf->testbench__DOT__value);
        vlSelf->testbench__DOT__in_eos = (1U & vlSelf->testbench__DOT__eos);
        co_await vlSelf->__VdlySched.delay(0x3e8U, 
                                           "testbench.v", 
                                           47);
        vlSelf->testbench__DOT__accepted = ((IData)(vlSelf->testbench__DOT__in_valid) 
                                            & (~ ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)
                                                   ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                                   : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0))));
        if (VL_UNLIKELY(vlSelf->testbench__DOT__start)) {
            VL_FWRITEF(vlSelf->testbench__DOT__fout,"S %0d\n",
                       32,testbench__DOT__cycle);
        }
        if (VL_UNLIKELY((2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)))) {
            VL_FWRITEF(vlSelf->testbench__DOT__fout,"V %0#\n",
                       4,vlSelf->testbench__DOT__dut__DOT__s1_count_word);
        }
        if (VL_UNLIKELY((3U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)))) {
            VL_FWRITEF(vlSelf->testbench__DOT__fout,"D %0# %0d\n",
                       4,vlSelf->testbench__DOT__dut__DOT__s1_best_index,
                       32,testbench__DOT__cycle);
            testbench__DOT__finished = ((IData)(1U) 
                                        + testbench__DOT__finished);
        }
        co_await vlSelf->__VtrigSched_h902f891e__0.trigger(
                                                           "@(posedge testbench.clk)", 
                                                           "testbench.v", 
                                                           55);
        co_await vlSelf->__VdlySched.delay(0x3e8U, 
                                           "testbench.v", 
                                           55);
        if (vlSelf->testbench__DOT__start) {
            testbench__DOT__need_start = 0U;
        }
        if ((0U != vlSelf->testbench__DOT__accepted)) {
            testbench__DOT__position = ((IData)(1U) 
                                        + testbench__DOT__position);
            if (VL_LTS_III(32, testbench__DOT__position, vlSelf->testbench__DOT__records)) {
                testbench__DOT__status = VL_FSCANF_IX(vlSelf->testbench__DOT__fin,"%# %# %# %# %#\n",
                                                      32,
                                                      &(vlSelf->testbench__DOT__c),
                                                      32,
                                                      &(vlSelf->testbench__DOT__y),
                                                      32,
                                                      &(vlSelf->testbench__DOT__x),
                                                      32,
                                                      &(vlSelf->testbench__DOT__value),
                                                      32,
                                                      &(vlSelf->testbench__DOT__eos)) ;
            } else {
                testbench__DOT__image = ((IData)(1U) 
                                         + testbench__DOT__image);
                testbench__DOT__position = 0U;
                testbench__DOT__need_start = 1U;
                if (VL_LTS_III(32, testbench__DOT__image, vlSelf->testbench__DOT__images)) {
                    testbench__DOT__status = VL_FSCANF_IX(vlSelf->testbench__DOT__fin,"%#\n",
                                                          32,
                                                          &(vlSelf->testbench__DOT__records)) ;
                    testbench__DOT__status = VL_FSCANF_IX(vlSelf->testbench__DOT__fin,"%# %# %# %# %#\n",
                                                          32,
                                                          &(vlSelf->testbench__DOT__c),
                                                          32,
                                                          &(vlSelf->testbench__DOT__y),
                                                          32,
                                                          &(vlSelf->testbench__DOT__x),
                                                          32,
                                                          &(vlSelf->testbench__DOT__value),
                                                          32,
                                                          &(vlSelf->testbench__DOT__eos)) ;
                }
            }
        }
        testbench__DOT__cycle = ((IData)(1U) + testbench__DOT__cycle);
        if (VL_UNLIKELY(VL_LTS_III(32, 0x2faf080U, testbench__DOT__cycle))) {
            VL_FWRITEF(vlSelf->testbench__DOT__fout,"HANG %0d\n",
                       32,testbench__DOT__finished);
            VL_FCLOSE_I(vlSelf->testbench__DOT__fout); vlSelf->testbench__DOT__fout = 0;
            VL_FINISH_MT("testbench.v", 74, "");
        }
    }
    VL_FCLOSE_I(vlSelf->testbench__DOT__fout); vlSelf->testbench__DOT__fout = 0;
    VL_FINISH_MT("testbench.v", 78, "");
}

VL_INLINE_OPT VlCoroutine Vtestbench___024root___eval_initial__TOP__1(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___eval_initial__TOP__1\n"); );
    // Body
    while (1U) {
        co_await vlSelf->__VdlySched.delay(0x1388U, 
                                           "testbench.v", 
                                           20);
        vlSelf->testbench__DOT__clk = (1U & (~ (IData)(vlSelf->testbench__DOT__clk)));
    }
}

VL_INLINE_OPT void Vtestbench___024root___act_comb__TOP__0(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___act_comb__TOP__0\n"); );
    // Init
    CData/*0:0*/ testbench__DOT__dut__DOT__tmp12;
    testbench__DOT__dut__DOT__tmp12 = 0;
    // Body
    testbench__DOT__dut__DOT__tmp12 = ((~ ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)
                                            ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                            : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0))) 
                                       & (IData)(vlSelf->testbench__DOT__in_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp16 = ((~ (IData)(vlSelf->testbench__DOT__in_eos)) 
                                               & (IData)(testbench__DOT__dut__DOT__tmp12));
    vlSelf->testbench__DOT__dut__DOT__tmp13 = ((IData)(testbench__DOT__dut__DOT__tmp12) 
                                               & (IData)(vlSelf->testbench__DOT__in_eos));
    if (vlSelf->testbench__DOT__dut__DOT__tmp13) {
        vlSelf->testbench__DOT__dut__DOT__tmp25 = (1U 
                                                   & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)));
        vlSelf->testbench__DOT__dut__DOT__tmp31 = vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half;
        vlSelf->testbench__DOT__dut__DOT__tmp21 = 0U;
    } else {
        vlSelf->testbench__DOT__dut__DOT__tmp25 = 0U;
        vlSelf->testbench__DOT__dut__DOT__tmp31 = 0U;
        vlSelf->testbench__DOT__dut__DOT__tmp21 = (0xffU 
                                                   & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr) 
                                                      + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp16)));
    }
}

void Vtestbench___024root___eval_act(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___eval_act\n"); );
    // Body
    if ((vlSelf->__VactTriggered.at(0U) | vlSelf->__VactTriggered.at(1U))) {
        Vtestbench___024root___act_comb__TOP__0(vlSelf);
    }
}

VL_INLINE_OPT void Vtestbench___024root___nba_sequent__TOP__0(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___nba_sequent__TOP__0\n"); );
    // Init
    CData/*0:0*/ testbench__DOT__dut__DOT__s1_in_push_ready;
    testbench__DOT__dut__DOT__s1_in_push_ready = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT__tmp41;
    testbench__DOT__dut__DOT__tmp41 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp162;
    testbench__DOT__dut__DOT__tmp162 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp176;
    testbench__DOT__dut__DOT__tmp176 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp187;
    testbench__DOT__dut__DOT__tmp187 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp199;
    testbench__DOT__dut__DOT__tmp199 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT__tmp246;
    testbench__DOT__dut__DOT__tmp246 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp427;
    testbench__DOT__dut__DOT__tmp427 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp439;
    testbench__DOT__dut__DOT__tmp439 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp451;
    testbench__DOT__dut__DOT__tmp451 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h03f48bf7__0;
    testbench__DOT__dut__DOT____VdfgTmp_h03f48bf7__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h711ed8b0__0;
    testbench__DOT__dut__DOT____VdfgTmp_h711ed8b0__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_he8c05f0c__0;
    testbench__DOT__dut__DOT____VdfgTmp_he8c05f0c__0 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT____VdfgTmp_h6088a4e4__0;
    testbench__DOT__dut__DOT____VdfgTmp_h6088a4e4__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h64f3a1c8__0;
    testbench__DOT__dut__DOT____VdfgTmp_h64f3a1c8__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h4a5fd49b__0;
    testbench__DOT__dut__DOT____VdfgTmp_h4a5fd49b__0 = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_group;
    __Vdly__testbench__DOT__dut__DOT__s0_group = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_issuing;
    __Vdly__testbench__DOT__dut__DOT__s0_issuing = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_k;
    __Vdly__testbench__DOT__dut__DOT__s0_k = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_events;
    __Vdly__testbench__DOT__dut__DOT__s0_events = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_in_count0;
    __Vdly__testbench__DOT__dut__DOT__s0_in_count0 = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_in_count1;
    __Vdly__testbench__DOT__dut__DOT__s0_in_count1 = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_rd_half;
    __Vdly__testbench__DOT__dut__DOT__s0_rd_half = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_emit_word;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_word = 0;
    CData/*3:0*/ __Vdly__testbench__DOT__dut__DOT__s1_best_index;
    __Vdly__testbench__DOT__dut__DOT__s1_best_index = 0;
    CData/*3:0*/ __Vdly__testbench__DOT__dut__DOT__s1_out_position;
    __Vdly__testbench__DOT__dut__DOT__s1_out_position = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_emit_gc;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_gc = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_emit_half;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_half = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_spike_full0;
    __Vdly__testbench__DOT__dut__DOT__s0_spike_full0 = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_spike_full1;
    __Vdly__testbench__DOT__dut__DOT__s0_spike_full1 = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_spike_wr_half;
    __Vdly__testbench__DOT__dut__DOT__s0_spike_wr_half = 0;
    CData/*7:0*/ __Vdly__testbench__DOT__dut__DOT__s1_events;
    __Vdly__testbench__DOT__dut__DOT__s1_events = 0;
    CData/*7:0*/ __Vdly__testbench__DOT__dut__DOT__s1_in_count0;
    __Vdly__testbench__DOT__dut__DOT__s1_in_count0 = 0;
    CData/*7:0*/ __Vdly__testbench__DOT__dut__DOT__s1_in_count1;
    __Vdly__testbench__DOT__dut__DOT__s1_in_count1 = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s1_rd_half;
    __Vdly__testbench__DOT__dut__DOT__s1_rd_half = 0;
    CData/*1:0*/ __Vdly__testbench__DOT__dut__DOT__s0_emit_state;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_state = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_emit_x;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_x = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_emit_y;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_y = 0;
    CData/*2:0*/ __Vdly__testbench__DOT__dut__DOT__s1_step;
    __Vdly__testbench__DOT__dut__DOT__s1_step = 0;
    CData/*3:0*/ __Vdly__testbench__DOT__dut__DOT__s1_group;
    __Vdly__testbench__DOT__dut__DOT__s1_group = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s1_issuing;
    __Vdly__testbench__DOT__dut__DOT__s1_issuing = 0;
    CData/*7:0*/ __Vdly__testbench__DOT__dut__DOT__s1_k;
    __Vdly__testbench__DOT__dut__DOT__s1_k = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half;
    __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s1_out_lane;
    __Vdly__testbench__DOT__dut__DOT__s1_out_lane = 0;
    CData/*7:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s0_in_events__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s0_in_events__v0 = 0;
    SData/*14:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s0_in_events__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s0_in_events__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s0_in_events__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_in_events__v0 = 0;
    SData/*8:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s1_in_events__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s1_in_events__v0 = 0;
    SData/*8:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s1_in_events__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s1_in_events__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s1_in_events__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_in_events__v0 = 0;
    CData/*6:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0 = 0;
    IData/*20:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0 = 0;
    CData/*6:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0 = 0;
    IData/*19:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s0_spikes__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s0_spikes__v0 = 0;
    CData/*0:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s0_spikes__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s0_spikes__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0 = 0;
    SData/*13:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s1_counts__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s1_counts__v0 = 0;
    CData/*3:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s1_counts__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s1_counts__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0 = 0;
    // Body
    __Vdly__testbench__DOT__dut__DOT__s0_emit_word 
        = vlSelf->testbench__DOT__dut__DOT__s0_emit_word;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_gc = vlSelf->testbench__DOT__dut__DOT__s0_emit_gc;
    __Vdly__testbench__DOT__dut__DOT__s1_out_lane = vlSelf->testbench__DOT__dut__DOT__s1_out_lane;
    __Vdly__testbench__DOT__dut__DOT__s0_issuing = vlSelf->testbench__DOT__dut__DOT__s0_issuing;
    __Vdly__testbench__DOT__dut__DOT__s1_issuing = vlSelf->testbench__DOT__dut__DOT__s1_issuing;
    __Vdly__testbench__DOT__dut__DOT__s0_group = vlSelf->testbench__DOT__dut__DOT__s0_group;
    __Vdly__testbench__DOT__dut__DOT__s0_k = vlSelf->testbench__DOT__dut__DOT__s0_k;
    __Vdly__testbench__DOT__dut__DOT__s1_group = vlSelf->testbench__DOT__dut__DOT__s1_group;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_y = vlSelf->testbench__DOT__dut__DOT__s0_emit_y;
    __Vdly__testbench__DOT__dut__DOT__s1_k = vlSelf->testbench__DOT__dut__DOT__s1_k;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_x = vlSelf->testbench__DOT__dut__DOT__s0_emit_x;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_in_events__v0 = 0U;
    __Vdly__testbench__DOT__dut__DOT__s1_best_index 
        = vlSelf->testbench__DOT__dut__DOT__s1_best_index;
    __Vdly__testbench__DOT__dut__DOT__s1_out_position 
        = vlSelf->testbench__DOT__dut__DOT__s1_out_position;
    __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half 
        = vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_in_events__v0 = 0U;
    __Vdly__testbench__DOT__dut__DOT__s1_in_count1 
        = vlSelf->testbench__DOT__dut__DOT__s1_in_count1;
    __Vdly__testbench__DOT__dut__DOT__s1_in_count0 
        = vlSelf->testbench__DOT__dut__DOT__s1_in_count0;
    __Vdly__testbench__DOT__dut__DOT__s1_events = vlSelf->testbench__DOT__dut__DOT__s1_events;
    __Vdly__testbench__DOT__dut__DOT__s1_rd_half = vlSelf->testbench__DOT__dut__DOT__s1_rd_half;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_half 
        = vlSelf->testbench__DOT__dut__DOT__s0_emit_half;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_state 
        = vlSelf->testbench__DOT__dut__DOT__s0_emit_state;
    __Vdly__testbench__DOT__dut__DOT__s0_spike_wr_half 
        = vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half;
    __Vdly__testbench__DOT__dut__DOT__s0_spike_full1 
        = vlSelf->testbench__DOT__dut__DOT__s0_spike_full1;
    __Vdly__testbench__DOT__dut__DOT__s0_spike_full0 
        = vlSelf->testbench__DOT__dut__DOT__s0_spike_full0;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0 = 0U;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0 = 0U;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0 = 0U;
    __Vdly__testbench__DOT__dut__DOT__s1_step = vlSelf->testbench__DOT__dut__DOT__s1_step;
    __Vdly__testbench__DOT__dut__DOT__s0_in_count1 
        = vlSelf->testbench__DOT__dut__DOT__s0_in_count1;
    __Vdly__testbench__DOT__dut__DOT__s0_in_count0 
        = vlSelf->testbench__DOT__dut__DOT__s0_in_count0;
    __Vdly__testbench__DOT__dut__DOT__s0_events = vlSelf->testbench__DOT__dut__DOT__s0_events;
    __Vdly__testbench__DOT__dut__DOT__s0_rd_half = vlSelf->testbench__DOT__dut__DOT__s0_rd_half;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0 = 0U;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0 = 0U;
    vlSelf->testbench__DOT__dut__DOT__s1_running = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp347) 
          | ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp340)) 
             & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_running))));
    vlSelf->testbench__DOT__dut__DOT__s0_running = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp76) 
          | ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp66)) 
             & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_running))));
    __Vdly__testbench__DOT__dut__DOT__s1_out_lane = 
        (1U & ((~ (IData)(vlSelf->testbench__DOT__rst)) 
               & ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp490)) 
                      & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                     & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                    & (9U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position))) 
                   & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp518)))
                   ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp551)
                   : ((~ (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp490)) 
                             & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                            & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                           & (9U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position))) 
                          & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp518))) 
                      & ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp490)) 
                         & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))))));
    __Vdly__testbench__DOT__dut__DOT__s0_emit_y = (1U 
                                                   & ((~ (IData)(vlSelf->testbench__DOT__rst)) 
                                                      & ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp235)) 
                                                             & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)) 
                                                            & (0x7fU 
                                                               != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word))) 
                                                           & (0x7fU 
                                                              == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc))) 
                                                          & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)))
                                                          ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp286)
                                                          : 
                                                         ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp235)) 
                                                          & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_y)))));
    __Vdly__testbench__DOT__dut__DOT__s0_emit_x = (1U 
                                                   & ((~ (IData)(vlSelf->testbench__DOT__rst)) 
                                                      & (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp235)) 
                                                            & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)) 
                                                           & (0x7fU 
                                                              != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word))) 
                                                          & (0x7fU 
                                                             == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc)))
                                                          ? 
                                                         ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp260)) 
                                                          & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp278))
                                                          : 
                                                         ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp235)) 
                                                          & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)))));
    if (vlSelf->testbench__DOT__dut__DOT__tmp16) {
        __Vdlyvval__testbench__DOT__dut__DOT__s0_in_events__v0 
            = (((IData)(vlSelf->testbench__DOT__in_c) 
                << 0xeU) | (((IData)(vlSelf->testbench__DOT__in_y) 
                             << 0xbU) | (((IData)(vlSelf->testbench__DOT__in_x) 
                                          << 8U) | (IData)(vlSelf->testbench__DOT__in_value))));
        __Vdlyvset__testbench__DOT__dut__DOT__s0_in_events__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s0_in_events__v0 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half) 
                << 7U) | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr));
    }
    vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half) 
              ^ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp13)));
    vlSelf->testbench__DOT__dut__DOT__s0_in_full0 = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp25) 
          | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0) 
             & (~ ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half)) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0))))));
    vlSelf->testbench__DOT__dut__DOT__s0_in_full1 = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp31) 
          | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1) 
             & (~ ((IData)(vlSelf->testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half))))));
    __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half) 
              ^ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp42)));
    vlSelf->testbench__DOT__dut__DOT__s1_in_full1 = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp60) 
          | ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1) 
             & (~ ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp340) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half))))));
    vlSelf->testbench__DOT__dut__DOT__s1_in_full0 = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp54) 
          | ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0) 
             & (~ ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half)) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp340))))));
    vlSelf->testbench__DOT__dut__DOT__s0_emit_sent 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & ((~ ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp235) 
                  | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance))) 
              & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_sent) 
                 | (IData)(vlSelf->testbench__DOT__dut__DOT__tmp251))));
    if (vlSelf->testbench__DOT__dut__DOT__tmp45) {
        __Vdlyvval__testbench__DOT__dut__DOT__s1_in_events__v0 
            = ((((2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))
                  ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc)) 
                << 2U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_y) 
                           << 1U) | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)));
        __Vdlyvset__testbench__DOT__dut__DOT__s1_in_events__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s1_in_events__v0 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half) 
                << 8U) | (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr));
    }
    if (vlSelf->testbench__DOT__dut__DOT__tmp155) {
        if (vlSelf->testbench__DOT__dut__DOT__tmp227) {
            __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0 = 0U;
            __Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0 = 1U;
            __Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0 
                = vlSelf->testbench__DOT__dut__DOT__s0_p2_group;
            __Vdlyvval__testbench__DOT__dut__DOT__s0_spikes__v0 = 1U;
        } else {
            __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0 
                = vlSelf->testbench__DOT__dut__DOT__tmp219;
            __Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0 = 1U;
            __Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0 
                = vlSelf->testbench__DOT__dut__DOT__s0_p2_group;
            __Vdlyvval__testbench__DOT__dut__DOT__s0_spikes__v0 = 0U;
        }
        __Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s0_spikes__v0 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half) 
                << 7U) | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_group));
    }
    if (vlSelf->testbench__DOT__dut__DOT__tmp419) {
        __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp479)
                ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp471));
        __Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0 
            = vlSelf->testbench__DOT__dut__DOT__s1_p2_group;
        __Vdlyvval__testbench__DOT__dut__DOT__s1_counts__v0 
            = (0xfU & (((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                         ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_count_word)) 
                       + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp479)));
        __Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s1_counts__v0 
            = vlSelf->testbench__DOT__dut__DOT__s1_p2_group;
    }
    if (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp155) 
         & (0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)))) {
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0 
            = vlSelf->testbench__DOT__dut__DOT__tmp171;
        __Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0 
            = vlSelf->testbench__DOT__dut__DOT__s0_p2_group;
    }
    vlSelf->testbench__DOT__dut__DOT__s1_p2_last = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_last));
    vlSelf->testbench__DOT__dut__DOT__s0_p2_last = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_last));
    vlSelf->testbench__DOT__dut__DOT__s0_emit_raw = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         vlSelf->testbench__DOT__dut__DOT__s0_spikes
         [(((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_half) 
            << 7U) | ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp235)
                       ? 0U : (0x7fU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)
                                         ? ((IData)(1U) 
                                            + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word))
                                         : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word)))))]);
    if (vlSelf->testbench__DOT__rst) {
        __Vdly__testbench__DOT__dut__DOT__s0_emit_word = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_emit_gc = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_best_index = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_out_position = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_best_index 
            = __Vdly__testbench__DOT__dut__DOT__s1_best_index;
        vlSelf->testbench__DOT__dut__DOT__s1_out_state = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_out_lane 
            = __Vdly__testbench__DOT__dut__DOT__s1_out_lane;
        vlSelf->testbench__DOT__dut__DOT__s1_out_position 
            = __Vdly__testbench__DOT__dut__DOT__s1_out_position;
        vlSelf->testbench__DOT__dut__DOT__s0_emit_y 
            = __Vdly__testbench__DOT__dut__DOT__s0_emit_y;
        vlSelf->testbench__DOT__dut__DOT__s0_emit_x 
            = __Vdly__testbench__DOT__dut__DOT__s0_emit_x;
        vlSelf->testbench__DOT__dut__DOT__s0_emit_gc 
            = __Vdly__testbench__DOT__dut__DOT__s0_emit_gc;
        vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half 
            = __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half;
        vlSelf->testbench__DOT__dut__DOT__s1_best = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_events = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_in_count0 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_in_count1 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_rd_half = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_in_count0 
            = __Vdly__testbench__DOT__dut__DOT__s1_in_count0;
        vlSelf->testbench__DOT__dut__DOT__s1_in_count1 
            = __Vdly__testbench__DOT__dut__DOT__s1_in_count1;
        vlSelf->testbench__DOT__dut__DOT__s1_events 
            = __Vdly__testbench__DOT__dut__DOT__s1_events;
        __Vdly__testbench__DOT__dut__DOT__s0_emit_state = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_emit_half = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_spike_full0 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_spike_full1 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_spike_wr_half = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_spike_full0 
            = __Vdly__testbench__DOT__dut__DOT__s0_spike_full0;
        vlSelf->testbench__DOT__dut__DOT__s0_spike_full1 
            = __Vdly__testbench__DOT__dut__DOT__s0_spike_full1;
        vlSelf->testbench__DOT__dut__DOT__s0_emit_state 
            = __Vdly__testbench__DOT__dut__DOT__s0_emit_state;
        vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half 
            = __Vdly__testbench__DOT__dut__DOT__s0_spike_wr_half;
        __Vdly__testbench__DOT__dut__DOT__s1_step = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_events = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_in_count0 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_in_count1 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_rd_half = 0U;
    } else {
        __Vdly__testbench__DOT__dut__DOT__s0_emit_word 
            = (0x7fU & ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp235)) 
                          & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)) 
                         & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp261)))
                         ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp265)
                         : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp235)
                             ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word))));
        __Vdly__testbench__DOT__dut__DOT__s0_emit_gc 
            = (0x7fU & ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp235)) 
                          & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)) 
                         & (0x7fU != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word)))
                         ? ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp259)
                             ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp271))
                         : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp235)
                             ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc))));
        vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg 
            = (0xfU & ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp490)) 
                           & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                          & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                         & (9U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position))) 
                        & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)))
                        ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp526)
                        : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp490)
                            ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg))));
        if (vlSelf->testbench__DOT__dut__DOT__tmp506) {
            __Vdly__testbench__DOT__dut__DOT__s1_best_index 
                = vlSelf->testbench__DOT__dut__DOT__s1_out_position;
            vlSelf->testbench__DOT__dut__DOT__s1_best 
                = vlSelf->testbench__DOT__dut__DOT__s1_count_word;
        } else {
            __Vdly__testbench__DOT__dut__DOT__s1_best_index 
                = vlSelf->testbench__DOT__dut__DOT__s1_best_index;
            vlSelf->testbench__DOT__dut__DOT__s1_best 
                = vlSelf->testbench__DOT__dut__DOT__s1_best;
        }
        __Vdly__testbench__DOT__dut__DOT__s1_out_position 
            = (0xfU & ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp490)) 
                           & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                          & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                         & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp512))) 
                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                        ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp542)
                        : ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp490)) 
                               & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                              & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                             & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp512))) 
                            & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)))
                            ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp542)
                            : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp490)
                                ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)))));
        vlSelf->testbench__DOT__dut__DOT__s1_best_index 
            = __Vdly__testbench__DOT__dut__DOT__s1_best_index;
        vlSelf->testbench__DOT__dut__DOT__s1_out_state 
            = (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp490)) 
                  & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp509))) 
                 & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp495))) 
                & (3U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)))
                ? 0U : ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp490)) 
                            & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp509))) 
                           & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp495)) 
                          & (9U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position))) 
                         & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)))
                         ? 1U : (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp490)) 
                                    & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp509))) 
                                   & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp495)) 
                                  & (9U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)))
                                  ? 3U : (((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp490)) 
                                           & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp509))
                                           ? 2U : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp490)
                                                    ? 1U
                                                    : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))))));
        vlSelf->testbench__DOT__dut__DOT__s1_out_lane 
            = __Vdly__testbench__DOT__dut__DOT__s1_out_lane;
        vlSelf->testbench__DOT__dut__DOT__s1_out_position 
            = __Vdly__testbench__DOT__dut__DOT__s1_out_position;
        vlSelf->testbench__DOT__dut__DOT__s0_emit_y 
            = __Vdly__testbench__DOT__dut__DOT__s0_emit_y;
        vlSelf->testbench__DOT__dut__DOT__s0_emit_x 
            = __Vdly__testbench__DOT__dut__DOT__s0_emit_x;
        vlSelf->testbench__DOT__dut__DOT__s0_emit_gc 
            = __Vdly__testbench__DOT__dut__DOT__s0_emit_gc;
        vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half 
            = __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half;
        __Vdly__testbench__DOT__dut__DOT__s1_events 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp347)
                ? ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half)
                    ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_count1)
                    : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_count0))
                : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_events));
        __Vdly__testbench__DOT__dut__DOT__s1_in_count0 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp54)
                ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr)
                : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_count0));
        __Vdly__testbench__DOT__dut__DOT__s1_in_count1 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp60)
                ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr)
                : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_count1));
        __Vdly__testbench__DOT__dut__DOT__s1_rd_half 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half) 
               ^ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp340));
        vlSelf->testbench__DOT__dut__DOT__s1_in_count0 
            = __Vdly__testbench__DOT__dut__DOT__s1_in_count0;
        vlSelf->testbench__DOT__dut__DOT__s1_in_count1 
            = __Vdly__testbench__DOT__dut__DOT__s1_in_count1;
        vlSelf->testbench__DOT__dut__DOT__s1_events 
            = __Vdly__testbench__DOT__dut__DOT__s1_events;
        __Vdly__testbench__DOT__dut__DOT__s0_emit_state 
            = ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp235)) 
                 & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance))) 
                & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_push_eos))
                ? 0U : ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp235)) 
                          & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)) 
                         & (0x7fU == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word)))
                         ? 2U : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp235)
                                  ? 1U : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))));
        __Vdly__testbench__DOT__dut__DOT__s0_emit_half 
            = (1U & ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp235)) 
                       & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance))) 
                      & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)))
                      ? (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_half))
                      : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_half)));
        __Vdly__testbench__DOT__dut__DOT__s0_spike_full0 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp66) 
                & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half))) 
               | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full0) 
                  & (~ ((2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                        & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_half))))));
        __Vdly__testbench__DOT__dut__DOT__s0_spike_full1 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp66) 
                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half)) 
               | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full1) 
                  & (~ ((2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_half)))));
        __Vdly__testbench__DOT__dut__DOT__s0_spike_wr_half 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half) 
               ^ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp66));
        vlSelf->testbench__DOT__dut__DOT__s0_spike_full0 
            = __Vdly__testbench__DOT__dut__DOT__s0_spike_full0;
        vlSelf->testbench__DOT__dut__DOT__s0_spike_full1 
            = __Vdly__testbench__DOT__dut__DOT__s0_spike_full1;
        vlSelf->testbench__DOT__dut__DOT__s0_emit_state 
            = __Vdly__testbench__DOT__dut__DOT__s0_emit_state;
        vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half 
            = __Vdly__testbench__DOT__dut__DOT__s0_spike_wr_half;
        __Vdly__testbench__DOT__dut__DOT__s1_step = 
            (7U & ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp340)
                    ? ((7U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                        ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp351))
                    : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
        __Vdly__testbench__DOT__dut__DOT__s0_events 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp76)
                ? ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                    ? ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half)
                        ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_count1)
                        : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_count0))
                    : 0U) : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_events));
        __Vdly__testbench__DOT__dut__DOT__s0_in_count0 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp25)
                ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr)
                : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_count0));
        __Vdly__testbench__DOT__dut__DOT__s0_in_count1 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp31)
                ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr)
                : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_count1));
        __Vdly__testbench__DOT__dut__DOT__s0_rd_half 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half) 
               ^ ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp66) 
                  & (0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))));
    }
    vlSelf->testbench__DOT__dut__DOT__s0_in_count0 
        = __Vdly__testbench__DOT__dut__DOT__s0_in_count0;
    vlSelf->testbench__DOT__dut__DOT__s0_in_count1 
        = __Vdly__testbench__DOT__dut__DOT__s0_in_count1;
    vlSelf->testbench__DOT__dut__DOT__s0_events = __Vdly__testbench__DOT__dut__DOT__s0_events;
    vlSelf->testbench__DOT__dut__DOT__s1_step = __Vdly__testbench__DOT__dut__DOT__s1_step;
    if (__Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0) {
        vlSelf->testbench__DOT__dut__DOT__s0_spikes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_spikes__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_spikes__v0;
    }
    vlSelf->testbench__DOT__dut__DOT__s0_emit_half 
        = __Vdly__testbench__DOT__dut__DOT__s0_emit_half;
    vlSelf->testbench__DOT__dut__DOT__s0_emit_word 
        = __Vdly__testbench__DOT__dut__DOT__s0_emit_word;
    if (vlSelf->testbench__DOT__rst) {
        vlSelf->testbench__DOT__dut__DOT__s0_step = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_acc0 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc0 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_pixel = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_v_word = 0U;
    } else {
        vlSelf->testbench__DOT__dut__DOT__s0_step = 
            (7U & ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp66)
                    ? ((7U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                        ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp80))
                    : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)));
        vlSelf->testbench__DOT__dut__DOT__s1_acc0 = 
            (0x1fffU & (((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid) 
                         & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_update)))
                         ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp423)
                         : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp419)
                             ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc0))));
        vlSelf->testbench__DOT__dut__DOT__s0_acc0 = 
            (0xfffffU & (((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid) 
                          & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_update)))
                          ? vlSelf->testbench__DOT__dut__DOT__tmp166
                          : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp155)
                              ? 0U : vlSelf->testbench__DOT__dut__DOT__s0_acc0)));
        vlSelf->testbench__DOT__dut__DOT__s0_pixel 
            = (0xffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_entry));
        vlSelf->testbench__DOT__dut__DOT__s1_v_word 
            = vlSelf->testbench__DOT__dut__DOT__s1_membranes
            [vlSelf->testbench__DOT__dut__DOT__tmp411];
    }
    if (__Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0) {
        vlSelf->testbench__DOT__dut__DOT__s1_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0;
    }
    vlSelf->testbench__DOT__dut__DOT__s0_current_word 
        = ((IData)(vlSelf->testbench__DOT__rst) ? 0U
            : vlSelf->testbench__DOT__dut__DOT__s0_currents
           [vlSelf->testbench__DOT__dut__DOT__s0_p1_group]);
    if (__Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0) {
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0;
    }
    if (vlSelf->testbench__DOT__rst) {
        vlSelf->testbench__DOT__dut__DOT__s1_param_word = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_param_word = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_weight_word = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_v_word = 0U;
    } else {
        vlSelf->testbench__DOT__dut__DOT__s1_param_word 
            = vlSelf->testbench__DOT__dut__DOT__s1_params
            [vlSelf->testbench__DOT__dut__DOT__s1_p1_group];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group];
        vlSelf->testbench__DOT__dut__DOT__s1_weight_word 
            = vlSelf->testbench__DOT__dut__DOT__s1_weights
            [(0x7ffU & ((0x3fffU & ((IData)(0xaU) * 
                                    (0x7fU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_entry) 
                                              >> 2U)))) 
                        + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_group)))];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word 
            = vlSelf->testbench__DOT__dut__DOT__s0_weights
            [(0x1fffU & ((IData)((0x3fffffffffULL & 
                                  ((QData)((IData)(
                                                   (0x7ffffU 
                                                    & ((0xff8U 
                                                        & (((8U 
                                                             & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_entry) 
                                                                >> 0xbU)) 
                                                            + 
                                                            (7U 
                                                             & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_entry) 
                                                                >> 0xbU))) 
                                                           << 3U)) 
                                                       + 
                                                       (7U 
                                                        & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_entry) 
                                                           >> 8U)))))) 
                                   << 7U))) + (IData)((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_group)))))];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group];
    }
    if (__Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0) {
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0;
    }
    vlSelf->testbench__DOT__dut__DOT__tmp526 = (0x1fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg)));
    vlSelf->testbench__DOT__dut__DOT__tmp518 = (1U 
                                                & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)));
    vlSelf->testbench__DOT__dut__DOT__tmp551 = (3U 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)));
    vlSelf->testbench__DOT__dut__DOT__tmp512 = (9U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position));
    vlSelf->testbench__DOT__dut__DOT__tmp542 = (0x1fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)));
    vlSelf->testbench__DOT__dut__DOT__tmp509 = (1U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state));
    vlSelf->testbench__DOT__dut__DOT__tmp495 = (2U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state));
    vlSelf->testbench__DOT__dut__DOT__tmp286 = (3U 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_y)));
    vlSelf->testbench__DOT__dut__DOT__tmp260 = (1U 
                                                & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)));
    vlSelf->testbench__DOT__dut__DOT__tmp278 = (3U 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)));
    vlSelf->testbench__DOT__dut__DOT__tmp259 = (0x7fU 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc));
    vlSelf->testbench__DOT__dut__DOT__tmp271 = (0xffU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc)));
    testbench__DOT__dut__DOT__s1_in_push_ready = (1U 
                                                  & (~ 
                                                     ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half)
                                                       ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1)
                                                       : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0))));
    vlSelf->testbench__DOT__dut__DOT__s1_in_push_eos 
        = (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state));
    vlSelf->testbench__DOT__dut__DOT__tmp351 = (0xfU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp80 = (0xfU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)));
    vlSelf->testbench__DOT__dut__DOT__s1_p2_update 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_update));
    vlSelf->testbench__DOT__dut__DOT__s1_p2_valid = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_valid));
    vlSelf->testbench__DOT__dut__DOT__s0_p2_update 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_update));
    vlSelf->testbench__DOT__dut__DOT__s0_p2_valid = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_valid));
    if (vlSelf->testbench__DOT__rst) {
        vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_p2_group = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_count_word = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_p2_group = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_entry = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_entry = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_group = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_issuing = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_k = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_p1_group = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_p1_valid = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_group = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_issuing = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_k = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_p1_group = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_p1_valid = 0U;
    } else {
        vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr 
            = (0xffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp50));
        vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr 
            = (0x7fU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp21));
        vlSelf->testbench__DOT__dut__DOT__s0_p2_group 
            = vlSelf->testbench__DOT__dut__DOT__s0_p1_group;
        vlSelf->testbench__DOT__dut__DOT__s1_count_word 
            = vlSelf->testbench__DOT__dut__DOT__s1_counts
            [vlSelf->testbench__DOT__dut__DOT__tmp411];
        vlSelf->testbench__DOT__dut__DOT__s1_p2_group 
            = vlSelf->testbench__DOT__dut__DOT__s1_p1_group;
        vlSelf->testbench__DOT__dut__DOT__s1_entry 
            = vlSelf->testbench__DOT__dut__DOT__s1_in_events
            [(((IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half) 
               << 8U) | (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k))];
        vlSelf->testbench__DOT__dut__DOT__s0_entry 
            = vlSelf->testbench__DOT__dut__DOT__s0_in_events
            [(((IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half) 
               << 7U) | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k))];
        __Vdly__testbench__DOT__dut__DOT__s1_group 
            = (0xfU & (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp347)) 
                          & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                         & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp363)) 
                        & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp364)))
                        ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp376)
                        : (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp347)) 
                              & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                             & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp363)) 
                            & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp364))
                            ? 0U : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp347)
                                     ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group)))));
        __Vdly__testbench__DOT__dut__DOT__s1_issuing 
            = ((~ ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp347)) 
                     & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                    & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp363)) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp364))) 
               & ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp347) 
                  | (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)));
        __Vdly__testbench__DOT__dut__DOT__s1_k = (0xffU 
                                                  & ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp347)) 
                                                       & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                                                      & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp363)))
                                                      ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp383)
                                                      : 
                                                     ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp347)) 
                                                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                                                       & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp363))
                                                       ? 0U
                                                       : 
                                                      ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp347)
                                                        ? 0U
                                                        : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k)))));
        vlSelf->testbench__DOT__dut__DOT__s1_p1_group 
            = vlSelf->testbench__DOT__dut__DOT__s1_group;
        vlSelf->testbench__DOT__dut__DOT__s1_p1_valid 
            = vlSelf->testbench__DOT__dut__DOT__s1_issuing;
        __Vdly__testbench__DOT__dut__DOT__s0_group 
            = (0x7fU & (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp76)) 
                           & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_issuing)) 
                          & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp92)) 
                         & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp93)))
                         ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp105)
                         : (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp76)) 
                               & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_issuing)) 
                              & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp92)) 
                             & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp93))
                             ? 0U : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp76)
                                      ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group)))));
        __Vdly__testbench__DOT__dut__DOT__s0_issuing 
            = ((~ ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp76)) 
                     & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_issuing)) 
                    & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp92)) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp93))) 
               & ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp76) 
                  | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_issuing)));
        __Vdly__testbench__DOT__dut__DOT__s0_k = (0x7fU 
                                                  & ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp76)) 
                                                       & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_issuing)) 
                                                      & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp92)))
                                                      ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp112)
                                                      : 
                                                     ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp76)) 
                                                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_issuing)) 
                                                       & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp92))
                                                       ? 0U
                                                       : 
                                                      ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp76)
                                                        ? 0U
                                                        : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k)))));
        vlSelf->testbench__DOT__dut__DOT__s0_p1_group 
            = vlSelf->testbench__DOT__dut__DOT__s0_group;
        vlSelf->testbench__DOT__dut__DOT__s0_p1_valid 
            = vlSelf->testbench__DOT__dut__DOT__s0_issuing;
    }
    vlSelf->testbench__DOT__dut__DOT__s1_p1_last = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp363) 
          & (9U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group))));
    vlSelf->testbench__DOT__dut__DOT__s0_p1_last = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp92) 
          & (0x7fU == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group))));
    vlSelf->testbench__DOT__dut__DOT__tmp261 = (0x7fU 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word));
    vlSelf->testbench__DOT__dut__DOT__tmp265 = (0xffU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word)));
    testbench__DOT__dut__DOT__tmp246 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_sent)) 
                                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_raw));
    testbench__DOT__dut__DOT____VdfgTmp_h6088a4e4__0 
        = ((0x7c000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)) 
                                    & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_v_word) 
                                       >> 0xdU)))) 
                        << 0xeU)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                      ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_v_word)));
    testbench__DOT__dut__DOT__tmp427 = (0x3fffU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc0) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_param_word)));
    vlSelf->testbench__DOT__dut__DOT__tmp171 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                                                   + vlSelf->testbench__DOT__dut__DOT__s0_param_word));
    vlSelf->testbench__DOT__dut__DOT__tmp423 = (0x3fffU 
                                                & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc0) 
                                                   + 
                                                   ((0x1f00U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_weight_word) 
                                                                       >> 7U)))) 
                                                        << 8U)) 
                                                    | (IData)(vlSelf->testbench__DOT__dut__DOT__s1_weight_word))));
    testbench__DOT__dut__DOT__tmp162 = (0x3ffffffffULL 
                                        & ((QData)((IData)(
                                                           ((0x1ff00U 
                                                             & ((- (IData)(
                                                                           (1U 
                                                                            & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_weight_word) 
                                                                               >> 7U)))) 
                                                                << 8U)) 
                                                            | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_weight_word)))) 
                                           * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT____VdfgTmp_h03f48bf7__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word 
                                         >> 0x14U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : vlSelf->testbench__DOT__dut__DOT__s0_v_word));
    vlSelf->testbench__DOT__dut__DOT__tmp235 = ((0U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                                & ((IData)(testbench__DOT__dut__DOT__s1_in_push_ready) 
                                                   & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_half)
                                                       ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full1)
                                                       : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full0))));
    if (__Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0) {
        vlSelf->testbench__DOT__dut__DOT__s1_counts[__Vdlyvdim0__testbench__DOT__dut__DOT__s1_counts__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s1_counts__v0;
    }
    vlSelf->testbench__DOT__dut__DOT__tmp251 = ((IData)(testbench__DOT__dut__DOT__tmp246) 
                                                & ((IData)(1U) 
                                                   + 
                                                   (~ (IData)(testbench__DOT__dut__DOT__tmp246))));
    testbench__DOT__dut__DOT__tmp41 = ((IData)(testbench__DOT__dut__DOT__s1_in_push_ready) 
                                       & (((1U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                           & (IData)(testbench__DOT__dut__DOT__tmp246)) 
                                          | (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))));
    testbench__DOT__dut__DOT__tmp439 = (0x1fffffU & 
                                        ((0xfffffU 
                                          & (- testbench__DOT__dut__DOT____VdfgTmp_h6088a4e4__0)) 
                                         + ((0x7e000U 
                                             & ((- (IData)(
                                                           (1U 
                                                            & ((IData)(testbench__DOT__dut__DOT__tmp427) 
                                                               >> 0xcU)))) 
                                                << 0xdU)) 
                                            | (0x1fffU 
                                               & (IData)(testbench__DOT__dut__DOT__tmp427)))));
    testbench__DOT__dut__DOT__tmp176 = ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? vlSelf->testbench__DOT__dut__DOT__tmp171
                                         : vlSelf->testbench__DOT__dut__DOT__s0_current_word);
    if (__Vdlyvset__testbench__DOT__dut__DOT__s1_in_events__v0) {
        vlSelf->testbench__DOT__dut__DOT__s1_in_events[__Vdlyvdim0__testbench__DOT__dut__DOT__s1_in_events__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s1_in_events__v0;
    }
    vlSelf->testbench__DOT__dut__DOT__s1_rd_half = __Vdly__testbench__DOT__dut__DOT__s1_rd_half;
    vlSelf->testbench__DOT__dut__DOT__tmp166 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp162 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp162)))));
    if (__Vdlyvset__testbench__DOT__dut__DOT__s0_in_events__v0) {
        vlSelf->testbench__DOT__dut__DOT__s0_in_events[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_in_events__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_in_events__v0;
    }
    vlSelf->testbench__DOT__dut__DOT__s0_rd_half = __Vdly__testbench__DOT__dut__DOT__s0_rd_half;
    vlSelf->testbench__DOT__dut__DOT__tmp506 = ((2U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)) 
                                                & ((0U 
                                                    == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)) 
                                                   | (((IData)(vlSelf->testbench__DOT__dut__DOT__s1_best) 
                                                       >> 4U) 
                                                      ^ 
                                                      (1U 
                                                       & (((IData)(vlSelf->testbench__DOT__dut__DOT__s1_best) 
                                                           - (IData)(vlSelf->testbench__DOT__dut__DOT__s1_count_word)) 
                                                          >> 5U)))));
    vlSelf->testbench__DOT__dut__DOT__s1_p1_update 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp363));
    vlSelf->testbench__DOT__dut__DOT__tmp419 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_update) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp340 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_last) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__s0_p1_update 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp92));
    vlSelf->testbench__DOT__dut__DOT__tmp155 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_update) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp66 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_last) 
                                               & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__s0_emit_advance 
        = ((~ ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp251)) 
               & (IData)(testbench__DOT__dut__DOT__tmp246))) 
           & (1U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)));
    vlSelf->testbench__DOT__dut__DOT__tmp45 = ((2U 
                                                != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                               & (IData)(testbench__DOT__dut__DOT__tmp41));
    vlSelf->testbench__DOT__dut__DOT__tmp42 = ((IData)(testbench__DOT__dut__DOT__tmp41) 
                                               & (2U 
                                                  == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)));
    testbench__DOT__dut__DOT__tmp451 = (0xfffffU & 
                                        (testbench__DOT__dut__DOT____VdfgTmp_h6088a4e4__0 
                                         + ((0x40000U 
                                             & testbench__DOT__dut__DOT__tmp439) 
                                            | (0x3ffffU 
                                               & (testbench__DOT__dut__DOT__tmp439 
                                                  >> 1U)))));
    testbench__DOT__dut__DOT__tmp187 = (0xfffffffU 
                                        & ((0x7ffffffU 
                                            & (- testbench__DOT__dut__DOT____VdfgTmp_h03f48bf7__0)) 
                                           + ((0x3f00000U 
                                               & ((- (IData)(
                                                             (1U 
                                                              & (testbench__DOT__dut__DOT__tmp176 
                                                                 >> 0x13U)))) 
                                                  << 0x14U)) 
                                              | testbench__DOT__dut__DOT__tmp176)));
    vlSelf->testbench__DOT__dut__DOT__tmp490 = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp340) 
                                                & (7U 
                                                   == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
    vlSelf->testbench__DOT__dut__DOT__s1_issuing = __Vdly__testbench__DOT__dut__DOT__s1_issuing;
    vlSelf->testbench__DOT__dut__DOT__tmp347 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_running)) 
                                                & ((0U 
                                                    == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)) 
                                                   & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half)
                                                       ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1)
                                                       : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0))));
    vlSelf->testbench__DOT__dut__DOT__s1_group = __Vdly__testbench__DOT__dut__DOT__s1_group;
    vlSelf->testbench__DOT__dut__DOT__s1_k = __Vdly__testbench__DOT__dut__DOT__s1_k;
    vlSelf->testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0 
        = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp66) 
           & (0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)));
    vlSelf->testbench__DOT__dut__DOT__s0_issuing = __Vdly__testbench__DOT__dut__DOT__s0_issuing;
    vlSelf->testbench__DOT__dut__DOT__s0_group = __Vdly__testbench__DOT__dut__DOT__s0_group;
    vlSelf->testbench__DOT__dut__DOT__s0_k = __Vdly__testbench__DOT__dut__DOT__s0_k;
    vlSelf->testbench__DOT__dut__DOT__tmp76 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_running)) 
                                               & ((~ 
                                                   ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half)
                                                     ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full1)
                                                     : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full0))) 
                                                  & ((0U 
                                                      != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                                     | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half)
                                                         ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                                         : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0)))));
    if (vlSelf->testbench__DOT__dut__DOT__tmp42) {
        vlSelf->testbench__DOT__dut__DOT__tmp54 = (1U 
                                                   & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half)));
        vlSelf->testbench__DOT__dut__DOT__tmp60 = vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half;
        vlSelf->testbench__DOT__dut__DOT__tmp50 = 0U;
    } else {
        vlSelf->testbench__DOT__dut__DOT__tmp54 = 0U;
        vlSelf->testbench__DOT__dut__DOT__tmp60 = 0U;
        vlSelf->testbench__DOT__dut__DOT__tmp50 = (0x1ffU 
                                                   & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr) 
                                                      + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp45)));
    }
    testbench__DOT__dut__DOT____VdfgTmp_h64f3a1c8__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp451 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp451) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h4a5fd49b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp451 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp451)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT__tmp199 = (0x7ffffffU 
                                        & (testbench__DOT__dut__DOT____VdfgTmp_h03f48bf7__0 
                                           + ((0x2000000U 
                                               & testbench__DOT__dut__DOT__tmp187) 
                                              | (0x1ffffffU 
                                                 & (testbench__DOT__dut__DOT__tmp187 
                                                    >> 1U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp411 = ((0U 
                                                 != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))
                                                 ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg)
                                                 : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_group));
    vlSelf->testbench__DOT__dut__DOT__tmp364 = (9U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group));
    vlSelf->testbench__DOT__dut__DOT__tmp376 = (0x1fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp383 = (0x1ffU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k)));
    vlSelf->testbench__DOT__dut__DOT__tmp363 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_events) 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k));
    vlSelf->testbench__DOT__dut__DOT__tmp93 = (0x7fU 
                                               == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group));
    vlSelf->testbench__DOT__dut__DOT__tmp105 = (0xffU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp112 = (0xffU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k)));
    vlSelf->testbench__DOT__dut__DOT__tmp92 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_events) 
                                               == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k));
    vlSelf->testbench__DOT__dut__DOT__tmp471 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h64f3a1c8__0)
                                                 ? 0x2000U
                                                 : 
                                                ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h4a5fd49b__0)
                                                  ? 
                                                 (0x3fffU 
                                                  & testbench__DOT__dut__DOT__tmp451)
                                                  : 0x1fffU));
    testbench__DOT__dut__DOT____VdfgTmp_h711ed8b0__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp199 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp199) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_he8c05f0c__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp199 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp199)) 
                                         >> 0x1aU))));
    vlSelf->testbench__DOT__dut__DOT__tmp479 = (1U 
                                                & (~ 
                                                   ((~ 
                                                     ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h64f3a1c8__0) 
                                                      | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h4a5fd49b__0) 
                                                         & (testbench__DOT__dut__DOT__tmp451 
                                                            >> 0xdU)))) 
                                                    ^ 
                                                    (1U 
                                                     & (((IData)(0x98U) 
                                                         - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp471)) 
                                                        >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp219 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h711ed8b0__0)
                                                 ? 0x100000U
                                                 : 
                                                ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he8c05f0c__0)
                                                  ? 
                                                 (0x1fffffU 
                                                  & testbench__DOT__dut__DOT__tmp199)
                                                  : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp227 = (1U 
                                                & (~ 
                                                   ((~ 
                                                     ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h711ed8b0__0) 
                                                      | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he8c05f0c__0) 
                                                         & (testbench__DOT__dut__DOT__tmp199 
                                                            >> 0x14U)))) 
                                                    ^ 
                                                    (1U 
                                                     & (((IData)(0xd930U) 
                                                         - vlSelf->testbench__DOT__dut__DOT__tmp219) 
                                                        >> 0x15U)))));
}

void Vtestbench___024root___eval_nba(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___eval_nba\n"); );
    // Body
    if (vlSelf->__VnbaTriggered.at(0U)) {
        Vtestbench___024root___nba_sequent__TOP__0(vlSelf);
    }
    if ((vlSelf->__VnbaTriggered.at(0U) | vlSelf->__VnbaTriggered.at(1U))) {
        Vtestbench___024root___act_comb__TOP__0(vlSelf);
    }
}

void Vtestbench___024root___eval_triggers__act(Vtestbench___024root* vlSelf);
void Vtestbench___024root___timing_commit(Vtestbench___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vtestbench___024root___dump_triggers__act(Vtestbench___024root* vlSelf);
#endif  // VL_DEBUG
void Vtestbench___024root___timing_resume(Vtestbench___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vtestbench___024root___dump_triggers__nba(Vtestbench___024root* vlSelf);
#endif  // VL_DEBUG

void Vtestbench___024root___eval(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___eval\n"); );
    // Init
    VlTriggerVec<2> __VpreTriggered;
    IData/*31:0*/ __VnbaIterCount;
    CData/*0:0*/ __VnbaContinue;
    // Body
    __VnbaIterCount = 0U;
    __VnbaContinue = 1U;
    while (__VnbaContinue) {
        __VnbaContinue = 0U;
        vlSelf->__VnbaTriggered.clear();
        vlSelf->__VactIterCount = 0U;
        vlSelf->__VactContinue = 1U;
        while (vlSelf->__VactContinue) {
            vlSelf->__VactContinue = 0U;
            Vtestbench___024root___eval_triggers__act(vlSelf);
            Vtestbench___024root___timing_commit(vlSelf);
            if (vlSelf->__VactTriggered.any()) {
                vlSelf->__VactContinue = 1U;
                if (VL_UNLIKELY((0x64U < vlSelf->__VactIterCount))) {
#ifdef VL_DEBUG
                    Vtestbench___024root___dump_triggers__act(vlSelf);
#endif
                    VL_FATAL_MT("testbench.v", 3, "", "Active region did not converge.");
                }
                vlSelf->__VactIterCount = ((IData)(1U) 
                                           + vlSelf->__VactIterCount);
                __VpreTriggered.andNot(vlSelf->__VactTriggered, vlSelf->__VnbaTriggered);
                vlSelf->__VnbaTriggered.set(vlSelf->__VactTriggered);
                Vtestbench___024root___timing_resume(vlSelf);
                Vtestbench___024root___eval_act(vlSelf);
            }
        }
        if (vlSelf->__VnbaTriggered.any()) {
            __VnbaContinue = 1U;
            if (VL_UNLIKELY((0x64U < __VnbaIterCount))) {
#ifdef VL_DEBUG
                Vtestbench___024root___dump_triggers__nba(vlSelf);
#endif
                VL_FATAL_MT("testbench.v", 3, "", "NBA region did not converge.");
            }
            __VnbaIterCount = ((IData)(1U) + __VnbaIterCount);
            Vtestbench___024root___eval_nba(vlSelf);
        }
    }
}

void Vtestbench___024root___timing_commit(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___timing_commit\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VactTriggered.at(0U))))) {
        vlSelf->__VtrigSched_h902f891e__0.commit("@(posedge testbench.clk)");
    }
}

void Vtestbench___024root___timing_resume(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___timing_resume\n"); );
    // Body
    if (vlSelf->__VactTriggered.at(0U)) {
        vlSelf->__VtrigSched_h902f891e__0.resume("@(posedge testbench.clk)");
    }
    if (vlSelf->__VactTriggered.at(1U)) {
        vlSelf->__VdlySched.resume();
    }
}

#ifdef VL_DEBUG
void Vtestbench___024root___eval_debug_assertions(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___eval_debug_assertions\n"); );
}
#endif  // VL_DEBUG
