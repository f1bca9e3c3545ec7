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
                       4,vlSelf->testbench__DOT__out_data);
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
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp164;
    testbench__DOT__dut__DOT__tmp164 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp179;
    testbench__DOT__dut__DOT__tmp179 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp195;
    testbench__DOT__dut__DOT__tmp195 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp196;
    testbench__DOT__dut__DOT__tmp196 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp208;
    testbench__DOT__dut__DOT__tmp208 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp220;
    testbench__DOT__dut__DOT__tmp220 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp259;
    testbench__DOT__dut__DOT__tmp259 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp271;
    testbench__DOT__dut__DOT__tmp271 = 0;
    CData/*1:0*/ testbench__DOT__dut__DOT__tmp323;
    testbench__DOT__dut__DOT__tmp323 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp500;
    testbench__DOT__dut__DOT__tmp500 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp508;
    testbench__DOT__dut__DOT__tmp508 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp521;
    testbench__DOT__dut__DOT__tmp521 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp533;
    testbench__DOT__dut__DOT__tmp533 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp572;
    testbench__DOT__dut__DOT__tmp572 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp584;
    testbench__DOT__dut__DOT__tmp584 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h8fbc7cd4__0;
    testbench__DOT__dut__DOT____VdfgTmp_h8fbc7cd4__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h193e9a00__0;
    testbench__DOT__dut__DOT____VdfgTmp_h193e9a00__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hc87caf46__0;
    testbench__DOT__dut__DOT____VdfgTmp_hc87caf46__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h93a71b43__0;
    testbench__DOT__dut__DOT____VdfgTmp_h93a71b43__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h52671e98__0;
    testbench__DOT__dut__DOT____VdfgTmp_h52671e98__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h1e54a047__0;
    testbench__DOT__dut__DOT____VdfgTmp_h1e54a047__0 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT____VdfgTmp_hb487e700__0;
    testbench__DOT__dut__DOT____VdfgTmp_hb487e700__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h894d4302__0;
    testbench__DOT__dut__DOT____VdfgTmp_h894d4302__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h73fed312__0;
    testbench__DOT__dut__DOT____VdfgTmp_h73fed312__0 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT____VdfgTmp_hfff6c4ad__0;
    testbench__DOT__dut__DOT____VdfgTmp_hfff6c4ad__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h823f9c8e__0;
    testbench__DOT__dut__DOT____VdfgTmp_h823f9c8e__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h03dffa26__0;
    testbench__DOT__dut__DOT____VdfgTmp_h03dffa26__0 = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s1_out_lane;
    __Vdly__testbench__DOT__dut__DOT__s1_out_lane = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half;
    __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half = 0;
    CData/*2:0*/ __Vdly__testbench__DOT__dut__DOT__s1_group;
    __Vdly__testbench__DOT__dut__DOT__s1_group = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s1_issuing;
    __Vdly__testbench__DOT__dut__DOT__s1_issuing = 0;
    CData/*7:0*/ __Vdly__testbench__DOT__dut__DOT__s1_k;
    __Vdly__testbench__DOT__dut__DOT__s1_k = 0;
    CData/*3:0*/ __Vdly__testbench__DOT__dut__DOT__s0_spike_write_slot;
    __Vdly__testbench__DOT__dut__DOT__s0_spike_write_slot = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_emit_y;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_y = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_emit_x;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_x = 0;
    CData/*5:0*/ __Vdly__testbench__DOT__dut__DOT__s0_emit_word;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_word = 0;
    CData/*3:0*/ __Vdly__testbench__DOT__dut__DOT__s0_emit_slot;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_slot = 0;
    CData/*7:0*/ __Vdly__testbench__DOT__dut__DOT__s1_events;
    __Vdly__testbench__DOT__dut__DOT__s1_events = 0;
    CData/*7:0*/ __Vdly__testbench__DOT__dut__DOT__s1_in_count0;
    __Vdly__testbench__DOT__dut__DOT__s1_in_count0 = 0;
    CData/*7:0*/ __Vdly__testbench__DOT__dut__DOT__s1_in_count1;
    __Vdly__testbench__DOT__dut__DOT__s1_in_count1 = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s1_rd_half;
    __Vdly__testbench__DOT__dut__DOT__s1_rd_half = 0;
    CData/*5:0*/ __Vdly__testbench__DOT__dut__DOT__s0_emit_gc;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_gc = 0;
    CData/*3:0*/ __Vdly__testbench__DOT__dut__DOT__s1_best_index;
    __Vdly__testbench__DOT__dut__DOT__s1_best_index = 0;
    CData/*3:0*/ __Vdly__testbench__DOT__dut__DOT__s1_out_position;
    __Vdly__testbench__DOT__dut__DOT__s1_out_position = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_events;
    __Vdly__testbench__DOT__dut__DOT__s0_events = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_in_count0;
    __Vdly__testbench__DOT__dut__DOT__s0_in_count0 = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_in_count1;
    __Vdly__testbench__DOT__dut__DOT__s0_in_count1 = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_rd_half;
    __Vdly__testbench__DOT__dut__DOT__s0_rd_half = 0;
    CData/*5:0*/ __Vdly__testbench__DOT__dut__DOT__s0_group;
    __Vdly__testbench__DOT__dut__DOT__s0_group = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_issuing;
    __Vdly__testbench__DOT__dut__DOT__s0_issuing = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_k;
    __Vdly__testbench__DOT__dut__DOT__s0_k = 0;
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
    CData/*5:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0 = 0;
    QData/*41:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0 = 0;
    CData/*5:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0 = 0;
    QData/*39:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0 = 0;
    SData/*9:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s0_spikes__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s0_spikes__v0 = 0;
    CData/*1:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s0_spikes__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s0_spikes__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0 = 0;
    IData/*27:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s1_counts__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s1_counts__v0 = 0;
    CData/*7:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s1_counts__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s1_counts__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0 = 0;
    // Body
    __Vdly__testbench__DOT__dut__DOT__s0_spike_write_slot 
        = vlSelf->testbench__DOT__dut__DOT__s0_spike_write_slot;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_word 
        = vlSelf->testbench__DOT__dut__DOT__s0_emit_word;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_gc = vlSelf->testbench__DOT__dut__DOT__s0_emit_gc;
    __Vdly__testbench__DOT__dut__DOT__s0_issuing = vlSelf->testbench__DOT__dut__DOT__s0_issuing;
    __Vdly__testbench__DOT__dut__DOT__s1_issuing = vlSelf->testbench__DOT__dut__DOT__s1_issuing;
    __Vdly__testbench__DOT__dut__DOT__s0_group = vlSelf->testbench__DOT__dut__DOT__s0_group;
    __Vdly__testbench__DOT__dut__DOT__s0_k = vlSelf->testbench__DOT__dut__DOT__s0_k;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_y = vlSelf->testbench__DOT__dut__DOT__s0_emit_y;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_x = vlSelf->testbench__DOT__dut__DOT__s0_emit_x;
    __Vdly__testbench__DOT__dut__DOT__s1_group = vlSelf->testbench__DOT__dut__DOT__s1_group;
    __Vdly__testbench__DOT__dut__DOT__s1_k = vlSelf->testbench__DOT__dut__DOT__s1_k;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_in_events__v0 = 0U;
    __Vdly__testbench__DOT__dut__DOT__s1_out_lane = vlSelf->testbench__DOT__dut__DOT__s1_out_lane;
    __Vdly__testbench__DOT__dut__DOT__s1_best_index 
        = vlSelf->testbench__DOT__dut__DOT__s1_best_index;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_slot 
        = vlSelf->testbench__DOT__dut__DOT__s0_emit_slot;
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
    __Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0 = 0U;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0 = 0U;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0 = 0U;
    __Vdly__testbench__DOT__dut__DOT__s0_in_count1 
        = vlSelf->testbench__DOT__dut__DOT__s0_in_count1;
    __Vdly__testbench__DOT__dut__DOT__s0_in_count0 
        = vlSelf->testbench__DOT__dut__DOT__s0_in_count0;
    __Vdly__testbench__DOT__dut__DOT__s0_events = vlSelf->testbench__DOT__dut__DOT__s0_events;
    __Vdly__testbench__DOT__dut__DOT__s0_rd_half = vlSelf->testbench__DOT__dut__DOT__s0_rd_half;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0 = 0U;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0 = 0U;
    vlSelf->testbench__DOT__dut__DOT__s1_running = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp418) 
          | ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp411)) 
             & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_running))));
    vlSelf->testbench__DOT__dut__DOT__s0_running = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp76) 
          | ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp66)) 
             & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_running))));
    __Vdly__testbench__DOT__dut__DOT__s0_emit_y = (1U 
                                                   & ((~ (IData)(vlSelf->testbench__DOT__rst)) 
                                                      & ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp312)) 
                                                             & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)) 
                                                            & (0x3fU 
                                                               != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word))) 
                                                           & (0x3fU 
                                                              == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc))) 
                                                          & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)))
                                                          ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp363)
                                                          : 
                                                         ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp312)) 
                                                          & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_y)))));
    __Vdly__testbench__DOT__dut__DOT__s0_emit_x = (1U 
                                                   & ((~ (IData)(vlSelf->testbench__DOT__rst)) 
                                                      & (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp312)) 
                                                            & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)) 
                                                           & (0x3fU 
                                                              != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word))) 
                                                          & (0x3fU 
                                                             == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc)))
                                                          ? 
                                                         ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp337)) 
                                                          & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp355))
                                                          : 
                                                         ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp312)) 
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
    __Vdly__testbench__DOT__dut__DOT__s1_out_lane = 
        (1U & ((~ (IData)(vlSelf->testbench__DOT__rst)) 
               & ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp631)) 
                      & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                     & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                    & (9U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position))) 
                   & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp660)))
                   ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp693)
                   : ((~ (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp631)) 
                             & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                            & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                           & (9U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position))) 
                          & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp660))) 
                      & ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp631)) 
                         & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))))));
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
    vlSelf->testbench__DOT__dut__DOT__s1_in_full0 = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp54) 
          | ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0) 
             & (~ ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half)) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp411))))));
    vlSelf->testbench__DOT__dut__DOT__s1_in_full1 = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp60) 
          | ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1) 
             & (~ ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp411) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half))))));
    if (vlSelf->testbench__DOT__dut__DOT__tmp45) {
        __Vdlyvval__testbench__DOT__dut__DOT__s1_in_events__v0 
            = ((((2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))
                  ? 0U : (0x7fU & ((0xfffU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc) 
                                              << 1U)) 
                                   + (1U & ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp328) 
                                            >> 1U))))) 
                << 2U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_y) 
                           << 1U) | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)));
        __Vdlyvset__testbench__DOT__dut__DOT__s1_in_events__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s1_in_events__v0 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half) 
                << 8U) | (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr));
    }
    if (vlSelf->testbench__DOT__dut__DOT__tmp156) {
        __Vdlyvval__testbench__DOT__dut__DOT__s0_spikes__v0 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp299) 
                << 1U) | (IData)(vlSelf->testbench__DOT__dut__DOT__tmp248));
        __Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s0_spikes__v0 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_write_slot) 
                << 6U) | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_group));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0 
            = (((QData)((IData)(((IData)(vlSelf->testbench__DOT__dut__DOT__tmp299)
                                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp291))) 
                << 0x15U) | (QData)((IData)(((IData)(vlSelf->testbench__DOT__dut__DOT__tmp248)
                                              ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp240))));
        __Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0 
            = vlSelf->testbench__DOT__dut__DOT__s0_p2_group;
    }
    if (vlSelf->testbench__DOT__dut__DOT__tmp491) {
        __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp612)
                  ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp604)) 
                << 0xeU) | ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp561)
                             ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp553)));
        __Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0 
            = vlSelf->testbench__DOT__dut__DOT__s1_p2_group;
        __Vdlyvval__testbench__DOT__dut__DOT__s1_counts__v0 
            = ((0xf0U & ((((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                            ? 0U : ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_count_word) 
                                    >> 4U)) + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp612)) 
                         << 4U)) | (0xfU & (((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                              ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_count_word)) 
                                            + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp561))));
        __Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s1_counts__v0 
            = vlSelf->testbench__DOT__dut__DOT__s1_p2_group;
    }
    if (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp156) 
         & (0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)))) {
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0 
            = (((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp188)) 
                << 0x14U) | (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp173)));
        __Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0 
            = vlSelf->testbench__DOT__dut__DOT__s0_p2_group;
    }
    vlSelf->testbench__DOT__dut__DOT__s0_p2_update 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_update));
    vlSelf->testbench__DOT__dut__DOT__s1_p2_update 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_update));
    vlSelf->testbench__DOT__dut__DOT__s1_p2_last = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_last));
    vlSelf->testbench__DOT__dut__DOT__s0_p2_last = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_last));
    vlSelf->testbench__DOT__dut__DOT__s1_p2_valid = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_valid));
    vlSelf->testbench__DOT__dut__DOT__s0_p2_valid = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_valid));
    if (vlSelf->testbench__DOT__rst) {
        __Vdly__testbench__DOT__dut__DOT__s0_spike_write_slot = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_best = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_emit_word = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_emit_gc = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_emit_slot = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_best_index = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_out_position = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_out_state = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_emit_sent = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_acc0 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_acc1 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc0 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc1 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_events = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_in_count0 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_in_count1 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_rd_half = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_emit_state = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_events = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_in_count0 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_in_count1 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_rd_half = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_step = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_step = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_spike_slots_filled = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_emit_raw = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_pixel = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_weight_word = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_v_word = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_current_word = 0ULL;
        vlSelf->testbench__DOT__dut__DOT__s1_param_word = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_param_word = 0ULL;
        vlSelf->testbench__DOT__dut__DOT__s0_v_word = 0ULL;
        vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_count_word = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_p2_group = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_p2_group = 0U;
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
        if (vlSelf->testbench__DOT__dut__DOT__tmp648) {
            vlSelf->testbench__DOT__dut__DOT__s1_best 
                = vlSelf->testbench__DOT__out_data;
            __Vdly__testbench__DOT__dut__DOT__s1_best_index 
                = vlSelf->testbench__DOT__dut__DOT__s1_out_position;
        } else {
            vlSelf->testbench__DOT__dut__DOT__s1_best 
                = vlSelf->testbench__DOT__dut__DOT__s1_best;
            __Vdly__testbench__DOT__dut__DOT__s1_best_index 
                = vlSelf->testbench__DOT__dut__DOT__s1_best_index;
        }
        __Vdly__testbench__DOT__dut__DOT__s0_emit_word 
            = (0x3fU & ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp312)) 
                          & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)) 
                         & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp338)))
                         ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp342)
                         : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp312)
                             ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word))));
        __Vdly__testbench__DOT__dut__DOT__s0_emit_gc 
            = (0x3fU & ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp312)) 
                          & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)) 
                         & (0x3fU != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word)))
                         ? ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp336)
                             ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp348))
                         : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp312)
                             ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc))));
        vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg 
            = (7U & ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp631)) 
                         & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                        & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                       & (9U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position))) 
                      & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                      ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp668)
                      : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp631)
                          ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg))));
        __Vdly__testbench__DOT__dut__DOT__s0_emit_slot 
            = (0xfU & ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp312)) 
                         & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance))) 
                        & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)))
                        ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp375)
                        : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_slot)));
        __Vdly__testbench__DOT__dut__DOT__s1_out_position 
            = (0xfU & ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp631)) 
                           & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                          & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                         & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp654))) 
                        & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)))
                        ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp684)
                        : ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp631)) 
                               & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                              & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                             & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp654))) 
                            & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                            ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp684)
                            : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp631)
                                ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)))));
        vlSelf->testbench__DOT__dut__DOT__s1_out_state 
            = (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp631)) 
                  & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp651))) 
                 & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp637))) 
                & (3U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)))
                ? 0U : ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp631)) 
                            & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp651))) 
                           & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp637)) 
                          & (9U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position))) 
                         & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                         ? 1U : (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp631)) 
                                    & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp651))) 
                                   & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp637)) 
                                  & (9U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)))
                                  ? 3U : (((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp631)) 
                                           & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp651))
                                           ? 2U : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp631)
                                                    ? 1U
                                                    : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))))));
        vlSelf->testbench__DOT__dut__DOT__s0_emit_sent 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp312) 
                | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance))
                ? 0U : ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_sent) 
                        | (IData)(vlSelf->testbench__DOT__dut__DOT__tmp328)));
        if (vlSelf->testbench__DOT__dut__DOT__tmp490) {
            vlSelf->testbench__DOT__dut__DOT__s1_acc0 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp496));
            vlSelf->testbench__DOT__dut__DOT__s1_acc1 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp504));
        } else if (vlSelf->testbench__DOT__dut__DOT__tmp491) {
            vlSelf->testbench__DOT__dut__DOT__s1_acc0 
                = (0x1fffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s1_acc1 
                = (0x1fffU & 0U);
        } else {
            vlSelf->testbench__DOT__dut__DOT__s1_acc0 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc0));
            vlSelf->testbench__DOT__dut__DOT__s1_acc1 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc1));
        }
        if (vlSelf->testbench__DOT__dut__DOT__tmp155) {
            vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp168);
            vlSelf->testbench__DOT__dut__DOT__s0_acc1 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp183);
        } else if (vlSelf->testbench__DOT__dut__DOT__tmp156) {
            vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc1 
                = (0xfffffU & 0U);
        } else {
            vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc0);
            vlSelf->testbench__DOT__dut__DOT__s0_acc1 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc1);
        }
        __Vdly__testbench__DOT__dut__DOT__s1_events 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp418)
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
               ^ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp411));
        vlSelf->testbench__DOT__dut__DOT__s0_emit_state 
            = ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp312)) 
                 & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance))) 
                & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_push_eos))
                ? 0U : ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp312)) 
                          & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)) 
                         & (0x3fU == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word)))
                         ? 2U : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp312)
                                  ? 1U : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))));
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
        if (vlSelf->testbench__DOT__dut__DOT__tmp66) {
            __Vdly__testbench__DOT__dut__DOT__s0_spike_write_slot 
                = (0xfU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp305));
            vlSelf->testbench__DOT__dut__DOT__s0_step 
                = (7U & ((7U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                          ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp80)));
        } else {
            __Vdly__testbench__DOT__dut__DOT__s0_spike_write_slot 
                = (0xfU & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_write_slot));
            vlSelf->testbench__DOT__dut__DOT__s0_step 
                = (7U & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step));
        }
        vlSelf->testbench__DOT__dut__DOT__s1_step = 
            (7U & ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp411)
                    ? ((7U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                        ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp422))
                    : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
        vlSelf->testbench__DOT__dut__DOT__s0_spike_slots_filled 
            = (0x1fU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp396));
        vlSelf->testbench__DOT__dut__DOT__s0_emit_raw 
            = vlSelf->testbench__DOT__dut__DOT__s0_spikes
            [(((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_slot) 
               << 6U) | ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp312)
                          ? 0U : (0x3fU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)
                                            ? ((IData)(1U) 
                                               + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word))
                                            : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word)))))];
        vlSelf->testbench__DOT__dut__DOT__s0_pixel 
            = (0xffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_entry));
        vlSelf->testbench__DOT__dut__DOT__s1_weight_word 
            = vlSelf->testbench__DOT__dut__DOT__s1_weights
            [(0x3ffU & ((0x3fffU & ((IData)(5U) * (0x7fU 
                                                   & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_entry) 
                                                      >> 2U)))) 
                        + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_group)))];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word 
            = vlSelf->testbench__DOT__dut__DOT__s0_weights
            [(0xfffU & ((IData)((0x3fffffffffULL & 
                                 ((QData)((IData)((0x7ffffU 
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
                                  << 6U))) + (IData)((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_group)))))];
        vlSelf->testbench__DOT__dut__DOT__s1_v_word 
            = vlSelf->testbench__DOT__dut__DOT__s1_membranes
            [vlSelf->testbench__DOT__dut__DOT__tmp482];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group];
        vlSelf->testbench__DOT__dut__DOT__s1_param_word 
            = vlSelf->testbench__DOT__dut__DOT__s1_params
            [vlSelf->testbench__DOT__dut__DOT__s1_p1_group];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group];
        vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr 
            = (0xffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp50));
        vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr 
            = (0x7fU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp21));
        vlSelf->testbench__DOT__dut__DOT__s1_count_word 
            = vlSelf->testbench__DOT__dut__DOT__s1_counts
            [vlSelf->testbench__DOT__dut__DOT__tmp482];
        vlSelf->testbench__DOT__dut__DOT__s1_p2_group 
            = vlSelf->testbench__DOT__dut__DOT__s1_p1_group;
        vlSelf->testbench__DOT__dut__DOT__s0_p2_group 
            = vlSelf->testbench__DOT__dut__DOT__s0_p1_group;
        vlSelf->testbench__DOT__dut__DOT__s1_entry 
            = vlSelf->testbench__DOT__dut__DOT__s1_in_events
            [(((IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half) 
               << 8U) | (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k))];
        vlSelf->testbench__DOT__dut__DOT__s0_entry 
            = vlSelf->testbench__DOT__dut__DOT__s0_in_events
            [(((IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half) 
               << 7U) | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k))];
        __Vdly__testbench__DOT__dut__DOT__s1_group 
            = (7U & (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp418)) 
                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                       & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp434)) 
                      & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp435)))
                      ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp447)
                      : (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp418)) 
                            & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                           & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp434)) 
                          & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp435))
                          ? 0U : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp418)
                                   ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group)))));
        __Vdly__testbench__DOT__dut__DOT__s1_issuing 
            = ((~ ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp418)) 
                     & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                    & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp434)) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp435))) 
               & ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp418) 
                  | (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)));
        __Vdly__testbench__DOT__dut__DOT__s1_k = (0xffU 
                                                  & ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp418)) 
                                                       & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                                                      & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp434)))
                                                      ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp454)
                                                      : 
                                                     ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp418)) 
                                                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                                                       & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp434))
                                                       ? 0U
                                                       : 
                                                      ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp418)
                                                        ? 0U
                                                        : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k)))));
        vlSelf->testbench__DOT__dut__DOT__s1_p1_group 
            = vlSelf->testbench__DOT__dut__DOT__s1_group;
        vlSelf->testbench__DOT__dut__DOT__s1_p1_valid 
            = vlSelf->testbench__DOT__dut__DOT__s1_issuing;
        __Vdly__testbench__DOT__dut__DOT__s0_group 
            = (0x3fU & (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp76)) 
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
    vlSelf->testbench__DOT__dut__DOT__s1_best_index 
        = __Vdly__testbench__DOT__dut__DOT__s1_best_index;
    vlSelf->testbench__DOT__dut__DOT__s1_out_position 
        = __Vdly__testbench__DOT__dut__DOT__s1_out_position;
    vlSelf->testbench__DOT__dut__DOT__s1_out_lane = __Vdly__testbench__DOT__dut__DOT__s1_out_lane;
    vlSelf->testbench__DOT__dut__DOT__s0_emit_y = __Vdly__testbench__DOT__dut__DOT__s0_emit_y;
    vlSelf->testbench__DOT__dut__DOT__s0_emit_x = __Vdly__testbench__DOT__dut__DOT__s0_emit_x;
    vlSelf->testbench__DOT__dut__DOT__s0_emit_gc = __Vdly__testbench__DOT__dut__DOT__s0_emit_gc;
    vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half 
        = __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half;
    vlSelf->testbench__DOT__dut__DOT__s1_in_count0 
        = __Vdly__testbench__DOT__dut__DOT__s1_in_count0;
    vlSelf->testbench__DOT__dut__DOT__s1_in_count1 
        = __Vdly__testbench__DOT__dut__DOT__s1_in_count1;
    vlSelf->testbench__DOT__dut__DOT__s1_events = __Vdly__testbench__DOT__dut__DOT__s1_events;
    vlSelf->testbench__DOT__dut__DOT__s0_spike_write_slot 
        = __Vdly__testbench__DOT__dut__DOT__s0_spike_write_slot;
    vlSelf->testbench__DOT__dut__DOT__s0_in_count0 
        = __Vdly__testbench__DOT__dut__DOT__s0_in_count0;
    vlSelf->testbench__DOT__dut__DOT__s0_in_count1 
        = __Vdly__testbench__DOT__dut__DOT__s0_in_count1;
    vlSelf->testbench__DOT__dut__DOT__s0_events = __Vdly__testbench__DOT__dut__DOT__s0_events;
    if (__Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0) {
        vlSelf->testbench__DOT__dut__DOT__s0_spikes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_spikes__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_spikes__v0;
    }
    vlSelf->testbench__DOT__dut__DOT__s0_emit_slot 
        = __Vdly__testbench__DOT__dut__DOT__s0_emit_slot;
    vlSelf->testbench__DOT__dut__DOT__s0_emit_word 
        = __Vdly__testbench__DOT__dut__DOT__s0_emit_word;
    if (__Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0) {
        vlSelf->testbench__DOT__dut__DOT__s1_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0;
    }
    if (__Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0) {
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0;
    }
    if (__Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0) {
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0;
    }
    vlSelf->testbench__DOT__dut__DOT__tmp668 = (0xfU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg)));
    vlSelf->testbench__DOT__dut__DOT__tmp654 = (9U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position));
    vlSelf->testbench__DOT__dut__DOT__tmp684 = (0x1fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)));
    vlSelf->testbench__DOT__dut__DOT__tmp660 = vlSelf->testbench__DOT__dut__DOT__s1_out_lane;
    vlSelf->testbench__DOT__dut__DOT__tmp693 = (3U 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)));
    vlSelf->testbench__DOT__dut__DOT__tmp651 = (1U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state));
    vlSelf->testbench__DOT__dut__DOT__tmp637 = (2U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state));
    vlSelf->testbench__DOT__dut__DOT__tmp363 = (3U 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_y)));
    vlSelf->testbench__DOT__dut__DOT__tmp337 = (1U 
                                                & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)));
    vlSelf->testbench__DOT__dut__DOT__tmp355 = (3U 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)));
    vlSelf->testbench__DOT__dut__DOT__tmp336 = (0x3fU 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc));
    vlSelf->testbench__DOT__dut__DOT__tmp348 = (0x7fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc)));
    testbench__DOT__dut__DOT__s1_in_push_ready = (1U 
                                                  & (~ 
                                                     ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half)
                                                       ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1)
                                                       : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0))));
    vlSelf->testbench__DOT__dut__DOT__s1_in_push_eos 
        = (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state));
    vlSelf->testbench__DOT__dut__DOT__tmp305 = (0x1fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_write_slot)));
    vlSelf->testbench__DOT__dut__DOT__tmp422 = (0xfU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp80 = (0xfU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)));
    vlSelf->testbench__DOT__dut__DOT__s0_p1_update 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp92));
    vlSelf->testbench__DOT__dut__DOT__s1_p1_update 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp434));
    vlSelf->testbench__DOT__dut__DOT__s1_p1_last = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp434) 
          & (4U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group))));
    vlSelf->testbench__DOT__dut__DOT__tmp375 = (0x1fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_slot)));
    vlSelf->testbench__DOT__dut__DOT__tmp338 = (0x3fU 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word));
    vlSelf->testbench__DOT__dut__DOT__tmp342 = (0x7fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word)));
    testbench__DOT__dut__DOT__tmp323 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_sent)) 
                                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_raw));
    vlSelf->testbench__DOT__dut__DOT__s0_p1_last = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp92) 
          & (0x3fU == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group))));
    vlSelf->testbench__DOT__dut__DOT__tmp490 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_update)) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp491 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_update) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp411 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_last) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp155 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_update)) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp156 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_update) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp66 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_last) 
                                               & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp496 = (0x3fffU 
                                                & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc0) 
                                                   + 
                                                   ((0x1f00U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_weight_word) 
                                                                       >> 7U)))) 
                                                        << 8U)) 
                                                    | (0xffU 
                                                       & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_weight_word)))));
    vlSelf->testbench__DOT__dut__DOT__tmp504 = (0x3fffU 
                                                & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc1) 
                                                   + 
                                                   ((0x1f00U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_weight_word) 
                                                                       >> 0xfU)))) 
                                                        << 8U)) 
                                                    | (0xffU 
                                                       & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_weight_word) 
                                                          >> 8U)))));
    testbench__DOT__dut__DOT__tmp164 = (0x3ffffffffULL 
                                        & ((QData)((IData)(
                                                           ((0x1ff00U 
                                                             & ((- (IData)(
                                                                           (1U 
                                                                            & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_weight_word) 
                                                                               >> 7U)))) 
                                                                << 8U)) 
                                                            | (0xffU 
                                                               & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_weight_word))))) 
                                           * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp179 = (0x3ffffffffULL 
                                        & ((QData)((IData)(
                                                           ((0x1ff00U 
                                                             & ((- (IData)(
                                                                           (1U 
                                                                            & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_weight_word) 
                                                                               >> 0xfU)))) 
                                                                << 8U)) 
                                                            | (0xffU 
                                                               & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_weight_word) 
                                                                  >> 8U))))) 
                                           * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT____VdfgTmp_hb487e700__0 
        = ((0x7c000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)) 
                                    & (vlSelf->testbench__DOT__dut__DOT__s1_v_word 
                                       >> 0xdU)))) 
                        << 0xeU)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                      ? 0U : (0x3fffU 
                                              & vlSelf->testbench__DOT__dut__DOT__s1_v_word)));
    testbench__DOT__dut__DOT____VdfgTmp_hfff6c4ad__0 
        = ((0x7c000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)) 
                                    & (vlSelf->testbench__DOT__dut__DOT__s1_v_word 
                                       >> 0x1bU)))) 
                        << 0xeU)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                      ? 0U : (0x3fffU 
                                              & (vlSelf->testbench__DOT__dut__DOT__s1_v_word 
                                                 >> 0xeU))));
    testbench__DOT__dut__DOT__tmp500 = (0x3fffU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc0) 
                                                   + 
                                                   (0x1fffU 
                                                    & vlSelf->testbench__DOT__dut__DOT__s1_param_word)));
    testbench__DOT__dut__DOT__tmp508 = (0x3fffU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc1) 
                                                   + 
                                                   (0x1fffU 
                                                    & (vlSelf->testbench__DOT__dut__DOT__s1_param_word 
                                                       >> 0xdU))));
    vlSelf->testbench__DOT__dut__DOT__tmp188 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc1 
                                                   + (IData)(
                                                             (vlSelf->testbench__DOT__dut__DOT__s0_param_word 
                                                              >> 0x14U))));
    vlSelf->testbench__DOT__dut__DOT__tmp173 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_param_word)));
    testbench__DOT__dut__DOT____VdfgTmp_h8fbc7cd4__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (IData)((vlSelf->testbench__DOT__dut__DOT__s0_v_word 
                                                 >> 0x14U))))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_v_word))));
    testbench__DOT__dut__DOT____VdfgTmp_h93a71b43__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (IData)((vlSelf->testbench__DOT__dut__DOT__s0_v_word 
                                                 >> 0x29U))))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & (IData)(
                                                           (vlSelf->testbench__DOT__dut__DOT__s0_v_word 
                                                            >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp312 = ((0U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                                & ((IData)(testbench__DOT__dut__DOT__s1_in_push_ready) 
                                                   & (0U 
                                                      != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_slots_filled))));
    if (__Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0) {
        vlSelf->testbench__DOT__dut__DOT__s1_counts[__Vdlyvdim0__testbench__DOT__dut__DOT__s1_counts__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s1_counts__v0;
    }
    vlSelf->testbench__DOT__dut__DOT__tmp328 = ((IData)(testbench__DOT__dut__DOT__tmp323) 
                                                & ((IData)(1U) 
                                                   + 
                                                   (~ (IData)(testbench__DOT__dut__DOT__tmp323))));
    testbench__DOT__dut__DOT__tmp41 = ((IData)(testbench__DOT__dut__DOT__s1_in_push_ready) 
                                       & (((1U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                           & (0U != (IData)(testbench__DOT__dut__DOT__tmp323))) 
                                          | (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))));
    vlSelf->testbench__DOT__dut__DOT__tmp631 = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp411) 
                                                & (7U 
                                                   == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
    vlSelf->testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0 
        = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp66) 
           & (0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp396 = (0x7fU 
                                                & ((0x3fU 
                                                    & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_slots_filled) 
                                                       + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp66))) 
                                                   - 
                                                   (2U 
                                                    == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))));
    if (__Vdlyvset__testbench__DOT__dut__DOT__s1_in_events__v0) {
        vlSelf->testbench__DOT__dut__DOT__s1_in_events[__Vdlyvdim0__testbench__DOT__dut__DOT__s1_in_events__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s1_in_events__v0;
    }
    vlSelf->testbench__DOT__dut__DOT__s1_rd_half = __Vdly__testbench__DOT__dut__DOT__s1_rd_half;
    vlSelf->testbench__DOT__dut__DOT__tmp168 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp164 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp164)))));
    vlSelf->testbench__DOT__dut__DOT__tmp183 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc1 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp179 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp179)))));
    if (__Vdlyvset__testbench__DOT__dut__DOT__s0_in_events__v0) {
        vlSelf->testbench__DOT__dut__DOT__s0_in_events[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_in_events__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_in_events__v0;
    }
    vlSelf->testbench__DOT__dut__DOT__s0_rd_half = __Vdly__testbench__DOT__dut__DOT__s0_rd_half;
    testbench__DOT__dut__DOT__tmp521 = (0x1fffffU & 
                                        ((0xfffffU 
                                          & (- testbench__DOT__dut__DOT____VdfgTmp_hb487e700__0)) 
                                         + ((0x7e000U 
                                             & ((- (IData)(
                                                           (1U 
                                                            & ((IData)(testbench__DOT__dut__DOT__tmp500) 
                                                               >> 0xcU)))) 
                                                << 0xdU)) 
                                            | (0x1fffU 
                                               & (IData)(testbench__DOT__dut__DOT__tmp500)))));
    testbench__DOT__dut__DOT__tmp572 = (0x1fffffU & 
                                        ((0xfffffU 
                                          & (- testbench__DOT__dut__DOT____VdfgTmp_hfff6c4ad__0)) 
                                         + ((0x7e000U 
                                             & ((- (IData)(
                                                           (1U 
                                                            & ((IData)(testbench__DOT__dut__DOT__tmp508) 
                                                               >> 0xcU)))) 
                                                << 0xdU)) 
                                            | (0x1fffU 
                                               & (IData)(testbench__DOT__dut__DOT__tmp508)))));
    if ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))) {
        testbench__DOT__dut__DOT__tmp196 = (0xfffffU 
                                            & vlSelf->testbench__DOT__dut__DOT__tmp188);
        testbench__DOT__dut__DOT__tmp195 = (0xfffffU 
                                            & vlSelf->testbench__DOT__dut__DOT__tmp173);
    } else {
        testbench__DOT__dut__DOT__tmp196 = (0xfffffU 
                                            & (IData)(
                                                      (vlSelf->testbench__DOT__dut__DOT__s0_current_word 
                                                       >> 0x14U)));
        testbench__DOT__dut__DOT__tmp195 = (0xfffffU 
                                            & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_current_word));
    }
    vlSelf->testbench__DOT__out_data = (0xfU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)
                                                 ? 
                                                ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_count_word) 
                                                 >> 4U)
                                                 : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_count_word)));
    vlSelf->testbench__DOT__dut__DOT__s0_emit_advance 
        = ((1U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
           & (0U == ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp328)) 
                     & (IData)(testbench__DOT__dut__DOT__tmp323))));
    vlSelf->testbench__DOT__dut__DOT__tmp45 = ((2U 
                                                != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                               & (IData)(testbench__DOT__dut__DOT__tmp41));
    vlSelf->testbench__DOT__dut__DOT__tmp42 = ((IData)(testbench__DOT__dut__DOT__tmp41) 
                                               & (2U 
                                                  == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)));
    testbench__DOT__dut__DOT__tmp533 = (0xfffffU & 
                                        (testbench__DOT__dut__DOT____VdfgTmp_hb487e700__0 
                                         + ((0x40000U 
                                             & testbench__DOT__dut__DOT__tmp521) 
                                            | (0x3ffffU 
                                               & (testbench__DOT__dut__DOT__tmp521 
                                                  >> 1U)))));
    testbench__DOT__dut__DOT__tmp584 = (0xfffffU & 
                                        (testbench__DOT__dut__DOT____VdfgTmp_hfff6c4ad__0 
                                         + ((0x40000U 
                                             & testbench__DOT__dut__DOT__tmp572) 
                                            | (0x3ffffU 
                                               & (testbench__DOT__dut__DOT__tmp572 
                                                  >> 1U)))));
    testbench__DOT__dut__DOT__tmp259 = (0xfffffffU 
                                        & ((0x7ffffffU 
                                            & (- testbench__DOT__dut__DOT____VdfgTmp_h93a71b43__0)) 
                                           + ((0x3f00000U 
                                               & ((- (IData)(
                                                             (1U 
                                                              & (testbench__DOT__dut__DOT__tmp196 
                                                                 >> 0x13U)))) 
                                                  << 0x14U)) 
                                              | testbench__DOT__dut__DOT__tmp196)));
    testbench__DOT__dut__DOT__tmp208 = (0xfffffffU 
                                        & ((0x7ffffffU 
                                            & (- testbench__DOT__dut__DOT____VdfgTmp_h8fbc7cd4__0)) 
                                           + ((0x3f00000U 
                                               & ((- (IData)(
                                                             (1U 
                                                              & (testbench__DOT__dut__DOT__tmp195 
                                                                 >> 0x13U)))) 
                                                  << 0x14U)) 
                                              | testbench__DOT__dut__DOT__tmp195)));
    vlSelf->testbench__DOT__dut__DOT__tmp648 = ((2U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)) 
                                                & ((0U 
                                                    == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)) 
                                                   | (((IData)(vlSelf->testbench__DOT__dut__DOT__s1_best) 
                                                       >> 4U) 
                                                      ^ 
                                                      (1U 
                                                       & (((IData)(vlSelf->testbench__DOT__dut__DOT__s1_best) 
                                                           - (IData)(vlSelf->testbench__DOT__out_data)) 
                                                          >> 5U)))));
    vlSelf->testbench__DOT__dut__DOT__s1_issuing = __Vdly__testbench__DOT__dut__DOT__s1_issuing;
    vlSelf->testbench__DOT__dut__DOT__tmp418 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_running)) 
                                                & ((0U 
                                                    == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)) 
                                                   & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half)
                                                       ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1)
                                                       : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0))));
    vlSelf->testbench__DOT__dut__DOT__s1_group = __Vdly__testbench__DOT__dut__DOT__s1_group;
    vlSelf->testbench__DOT__dut__DOT__s1_k = __Vdly__testbench__DOT__dut__DOT__s1_k;
    vlSelf->testbench__DOT__dut__DOT__s0_issuing = __Vdly__testbench__DOT__dut__DOT__s0_issuing;
    vlSelf->testbench__DOT__dut__DOT__tmp76 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_running)) 
                                               & ((0x10U 
                                                   != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_slots_filled)) 
                                                  & ((0U 
                                                      != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                                     | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half)
                                                         ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                                         : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0)))));
    vlSelf->testbench__DOT__dut__DOT__s0_group = __Vdly__testbench__DOT__dut__DOT__s0_group;
    vlSelf->testbench__DOT__dut__DOT__s0_k = __Vdly__testbench__DOT__dut__DOT__s0_k;
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
    testbench__DOT__dut__DOT____VdfgTmp_h894d4302__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp533 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp533) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h73fed312__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp533 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp533)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h823f9c8e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp584 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp584) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h03dffa26__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp584 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp584)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT__tmp271 = (0x7ffffffU 
                                        & (testbench__DOT__dut__DOT____VdfgTmp_h93a71b43__0 
                                           + ((0x2000000U 
                                               & testbench__DOT__dut__DOT__tmp259) 
                                              | (0x1ffffffU 
                                                 & (testbench__DOT__dut__DOT__tmp259 
                                                    >> 1U)))));
    testbench__DOT__dut__DOT__tmp220 = (0x7ffffffU 
                                        & (testbench__DOT__dut__DOT____VdfgTmp_h8fbc7cd4__0 
                                           + ((0x2000000U 
                                               & testbench__DOT__dut__DOT__tmp208) 
                                              | (0x1ffffffU 
                                                 & (testbench__DOT__dut__DOT__tmp208 
                                                    >> 1U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp482 = ((0U 
                                                 != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))
                                                 ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg)
                                                 : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_group));
    vlSelf->testbench__DOT__dut__DOT__tmp435 = (4U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group));
    vlSelf->testbench__DOT__dut__DOT__tmp447 = (0xfU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp454 = (0x1ffU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k)));
    vlSelf->testbench__DOT__dut__DOT__tmp434 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_events) 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k));
    vlSelf->testbench__DOT__dut__DOT__tmp93 = (0x3fU 
                                               == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group));
    vlSelf->testbench__DOT__dut__DOT__tmp105 = (0x7fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp112 = (0xffU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k)));
    vlSelf->testbench__DOT__dut__DOT__tmp92 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_events) 
                                               == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k));
    vlSelf->testbench__DOT__dut__DOT__tmp553 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h894d4302__0)
                                                 ? 0x2000U
                                                 : 
                                                ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h73fed312__0)
                                                  ? 
                                                 (0x3fffU 
                                                  & testbench__DOT__dut__DOT__tmp533)
                                                  : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp604 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h823f9c8e__0)
                                                 ? 0x2000U
                                                 : 
                                                ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h03dffa26__0)
                                                  ? 
                                                 (0x3fffU 
                                                  & testbench__DOT__dut__DOT__tmp584)
                                                  : 0x1fffU));
    testbench__DOT__dut__DOT____VdfgTmp_h52671e98__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp271 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp271) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h1e54a047__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp271 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp271)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h193e9a00__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp220 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp220) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hc87caf46__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp220 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp220)) 
                                         >> 0x1aU))));
    vlSelf->testbench__DOT__dut__DOT__tmp561 = (1U 
                                                & (~ 
                                                   ((~ 
                                                     ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h894d4302__0) 
                                                      | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h73fed312__0) 
                                                         & (testbench__DOT__dut__DOT__tmp533 
                                                            >> 0xdU)))) 
                                                    ^ 
                                                    (1U 
                                                     & (((IData)(0x98U) 
                                                         - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp553)) 
                                                        >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp612 = (1U 
                                                & (~ 
                                                   ((~ 
                                                     ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h823f9c8e__0) 
                                                      | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h03dffa26__0) 
                                                         & (testbench__DOT__dut__DOT__tmp584 
                                                            >> 0xdU)))) 
                                                    ^ 
                                                    (1U 
                                                     & (((IData)(0x98U) 
                                                         - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp604)) 
                                                        >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp291 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h52671e98__0)
                                                 ? 0x100000U
                                                 : 
                                                ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1e54a047__0)
                                                  ? 
                                                 (0x1fffffU 
                                                  & testbench__DOT__dut__DOT__tmp271)
                                                  : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp240 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h193e9a00__0)
                                                 ? 0x100000U
                                                 : 
                                                ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc87caf46__0)
                                                  ? 
                                                 (0x1fffffU 
                                                  & testbench__DOT__dut__DOT__tmp220)
                                                  : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp299 = (1U 
                                                & (~ 
                                                   ((~ 
                                                     ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h52671e98__0) 
                                                      | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1e54a047__0) 
                                                         & (testbench__DOT__dut__DOT__tmp271 
                                                            >> 0x14U)))) 
                                                    ^ 
                                                    (1U 
                                                     & (((IData)(0xd930U) 
                                                         - vlSelf->testbench__DOT__dut__DOT__tmp291) 
                                                        >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp248 = (1U 
                                                & (~ 
                                                   ((~ 
                                                     ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h193e9a00__0) 
                                                      | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc87caf46__0) 
                                                         & (testbench__DOT__dut__DOT__tmp220 
                                                            >> 0x14U)))) 
                                                    ^ 
                                                    (1U 
                                                     & (((IData)(0xd930U) 
                                                         - vlSelf->testbench__DOT__dut__DOT__tmp240) 
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
