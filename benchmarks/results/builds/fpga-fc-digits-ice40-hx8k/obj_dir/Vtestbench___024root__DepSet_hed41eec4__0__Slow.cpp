// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vtestbench.h for the primary calling header

#include "verilated.h"

#include "Vtestbench___024root.h"

VL_ATTR_COLD void Vtestbench___024root___eval_static__TOP(Vtestbench___024root* vlSelf);

VL_ATTR_COLD void Vtestbench___024root___eval_static(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___eval_static\n"); );
    // Body
    Vtestbench___024root___eval_static__TOP(vlSelf);
}

VL_ATTR_COLD void Vtestbench___024root___eval_static__TOP(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___eval_static__TOP\n"); );
    // Body
    vlSelf->testbench__DOT__clk = 0U;
    vlSelf->testbench__DOT__rst = 1U;
    vlSelf->testbench__DOT__start = 0U;
    vlSelf->testbench__DOT__in_valid = 0U;
    vlSelf->testbench__DOT__in_eos = 0U;
    vlSelf->testbench__DOT__in_index = 0U;
    vlSelf->testbench__DOT__in_value = 0U;
}

VL_ATTR_COLD void Vtestbench___024root___eval_initial__TOP(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___eval_initial__TOP\n"); );
    // Init
    VlWide<4>/*127:0*/ __Vtemp_hb7286a66__0;
    VlWide<4>/*127:0*/ __Vtemp_h5b83445d__0;
    VlWide<4>/*127:0*/ __Vtemp_hb7286aa5__0;
    VlWide<4>/*127:0*/ __Vtemp_h1bd3445d__0;
    // Body
    __Vtemp_hb7286a66__0[0U] = 0x2e686578U;
    __Vtemp_hb7286a66__0[1U] = 0x67687473U;
    __Vtemp_hb7286a66__0[2U] = 0x5f776569U;
    __Vtemp_hb7286a66__0[3U] = 0x7330U;
    VL_READMEM_N(true, 8, 8192, 0, VL_CVT_PACK_STR_NW(4, __Vtemp_hb7286a66__0)
                 ,  &(vlSelf->testbench__DOT__dut__DOT__s0_weights)
                 , 0, ~0ULL);
    __Vtemp_h5b83445d__0[0U] = 0x2e686578U;
    __Vtemp_h5b83445d__0[1U] = 0x72616d73U;
    __Vtemp_h5b83445d__0[2U] = 0x305f7061U;
    __Vtemp_h5b83445d__0[3U] = 0x73U;
    VL_READMEM_N(true, 20, 128, 0, VL_CVT_PACK_STR_NW(4, __Vtemp_h5b83445d__0)
                 ,  &(vlSelf->testbench__DOT__dut__DOT__s0_params)
                 , 0, ~0ULL);
    __Vtemp_hb7286aa5__0[0U] = 0x2e686578U;
    __Vtemp_hb7286aa5__0[1U] = 0x67687473U;
    __Vtemp_hb7286aa5__0[2U] = 0x5f776569U;
    __Vtemp_hb7286aa5__0[3U] = 0x7331U;
    VL_READMEM_N(true, 8, 2048, 0, VL_CVT_PACK_STR_NW(4, __Vtemp_hb7286aa5__0)
                 ,  &(vlSelf->testbench__DOT__dut__DOT__s1_weights)
                 , 0, ~0ULL);
    __Vtemp_h1bd3445d__0[0U] = 0x2e686578U;
    __Vtemp_h1bd3445d__0[1U] = 0x72616d73U;
    __Vtemp_h1bd3445d__0[2U] = 0x315f7061U;
    __Vtemp_h1bd3445d__0[3U] = 0x73U;
    VL_READMEM_N(true, 13, 16, 0, VL_CVT_PACK_STR_NW(4, __Vtemp_h1bd3445d__0)
                 ,  &(vlSelf->testbench__DOT__dut__DOT__s1_params)
                 , 0, ~0ULL);
}

VL_ATTR_COLD void Vtestbench___024root___eval_final(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___eval_final\n"); );
}

VL_ATTR_COLD void Vtestbench___024root___eval_triggers__stl(Vtestbench___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vtestbench___024root___dump_triggers__stl(Vtestbench___024root* vlSelf);
#endif  // VL_DEBUG
VL_ATTR_COLD void Vtestbench___024root___eval_stl(Vtestbench___024root* vlSelf);

VL_ATTR_COLD void Vtestbench___024root___eval_settle(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___eval_settle\n"); );
    // Init
    CData/*0:0*/ __VstlContinue;
    // Body
    vlSelf->__VstlIterCount = 0U;
    __VstlContinue = 1U;
    while (__VstlContinue) {
        __VstlContinue = 0U;
        Vtestbench___024root___eval_triggers__stl(vlSelf);
        if (vlSelf->__VstlTriggered.any()) {
            __VstlContinue = 1U;
            if (VL_UNLIKELY((0x64U < vlSelf->__VstlIterCount))) {
#ifdef VL_DEBUG
                Vtestbench___024root___dump_triggers__stl(vlSelf);
#endif
                VL_FATAL_MT("testbench.v", 3, "", "Settle region did not converge.");
            }
            vlSelf->__VstlIterCount = ((IData)(1U) 
                                       + vlSelf->__VstlIterCount);
            Vtestbench___024root___eval_stl(vlSelf);
        }
    }
}

#ifdef VL_DEBUG
VL_ATTR_COLD void Vtestbench___024root___dump_triggers__stl(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___dump_triggers__stl\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VstlTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VstlTriggered.at(0U)) {
        VL_DBG_MSGF("         'stl' region trigger index 0 is active: Internal 'stl' trigger - first iteration\n");
    }
}
#endif  // VL_DEBUG

VL_ATTR_COLD void Vtestbench___024root___stl_sequent__TOP__0(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___stl_sequent__TOP__0\n"); );
    // Init
    CData/*0:0*/ testbench__DOT__dut__DOT__s1_in_push_ready;
    testbench__DOT__dut__DOT__s1_in_push_ready = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp156;
    testbench__DOT__dut__DOT__tmp156 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp170;
    testbench__DOT__dut__DOT__tmp170 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp181;
    testbench__DOT__dut__DOT__tmp181 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp193;
    testbench__DOT__dut__DOT__tmp193 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT__tmp239;
    testbench__DOT__dut__DOT__tmp239 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp396;
    testbench__DOT__dut__DOT__tmp396 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp408;
    testbench__DOT__dut__DOT__tmp408 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp420;
    testbench__DOT__dut__DOT__tmp420 = 0;
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
    // Body
    vlSelf->testbench__DOT__dut__DOT__tmp252 = (0x7fU 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_group));
    vlSelf->testbench__DOT__dut__DOT__tmp256 = (0xffU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_group)));
    vlSelf->testbench__DOT__dut__DOT__s1_in_push_eos 
        = (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state));
    vlSelf->testbench__DOT__dut__DOT__tmp56 = (0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step));
    vlSelf->testbench__DOT__dut__DOT__tmp87 = (0xffU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k)));
    vlSelf->testbench__DOT__dut__DOT__tmp98 = (0xfU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp328 = (0x1ffU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k)));
    vlSelf->testbench__DOT__dut__DOT__tmp478 = (1U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state));
    vlSelf->testbench__DOT__dut__DOT__tmp464 = (2U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state));
    vlSelf->testbench__DOT__dut__DOT__tmp481 = (9U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position));
    vlSelf->testbench__DOT__dut__DOT__tmp495 = (0x1fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg)));
    vlSelf->testbench__DOT__dut__DOT__tmp511 = (0x1fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)));
    vlSelf->testbench__DOT__dut__DOT__tmp339 = (0xfU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp67 = (0x7fU 
                                               == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group));
    vlSelf->testbench__DOT__dut__DOT__tmp80 = (0xffU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp309 = (9U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group));
    vlSelf->testbench__DOT__dut__DOT__tmp321 = (0x1fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp487 = (1U 
                                                & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)));
    vlSelf->testbench__DOT__dut__DOT__tmp520 = (3U 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)));
    vlSelf->testbench__DOT__dut__DOT__tmp149 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_update) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp66 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_events) 
                                               == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k));
    vlSelf->testbench__DOT__dut__DOT__tmp392 = (0x3fffU 
                                                & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc0) 
                                                   + 
                                                   ((0x1f00U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_weight_word) 
                                                                       >> 7U)))) 
                                                        << 8U)) 
                                                    | (IData)(vlSelf->testbench__DOT__dut__DOT__s1_weight_word))));
    vlSelf->testbench__DOT__dut__DOT__tmp388 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_update) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp308 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_events) 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k));
    vlSelf->testbench__DOT__dut__DOT__tmp380 = ((0U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))
                                                 ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_group)
                                                 : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg));
    vlSelf->testbench__DOT__dut__DOT__tmp475 = ((2U 
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
    vlSelf->testbench__DOT__dut__DOT__tmp306 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_running)) 
                                                & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half)
                                                    ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1)
                                                    : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0)));
    vlSelf->testbench__DOT__dut__DOT__tmp65 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_last) 
                                               & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp307 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_last) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    testbench__DOT__dut__DOT__tmp156 = (0x3ffffffffULL 
                                        & ((QData)((IData)(
                                                           ((0x1ff00U 
                                                             & ((- (IData)(
                                                                           (1U 
                                                                            & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_weight_word) 
                                                                               >> 7U)))) 
                                                                << 8U)) 
                                                            | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_weight_word)))) 
                                           * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    vlSelf->testbench__DOT__dut__DOT__tmp64 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_running)) 
                                               & ((~ 
                                                   ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half)
                                                     ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full1)
                                                     : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full0))) 
                                                  & ((0U 
                                                      != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                                     | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half)
                                                         ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                                         : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0)))));
    vlSelf->testbench__DOT__dut__DOT__tmp4 = ((~ ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)
                                                   ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                                   : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0))) 
                                              & ((IData)(vlSelf->testbench__DOT__dut__DOT__busy_reg) 
                                                 & (IData)(vlSelf->testbench__DOT__in_valid)));
    testbench__DOT__dut__DOT__s1_in_push_ready = (1U 
                                                  & (~ 
                                                     ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half)
                                                       ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1)
                                                       : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0))));
    testbench__DOT__dut__DOT__tmp239 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_sent)) 
                                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_raw));
    testbench__DOT__dut__DOT__tmp396 = (0x3fffU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc0) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_param_word)));
    vlSelf->testbench__DOT__dut__DOT__tmp165 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                                                   + vlSelf->testbench__DOT__dut__DOT__s0_param_word));
    testbench__DOT__dut__DOT____VdfgTmp_h03f48bf7__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word 
                                         >> 0x14U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : vlSelf->testbench__DOT__dut__DOT__s0_v_word));
    testbench__DOT__dut__DOT____VdfgTmp_h6088a4e4__0 
        = ((0x7c000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)) 
                                    & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_v_word) 
                                       >> 0xdU)))) 
                        << 0xeU)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                      ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_v_word)));
    vlSelf->testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0 
        = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp65) 
           & (0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp459 = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp307) 
                                                & (7U 
                                                   == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp160 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp156 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp156)))));
    if (vlSelf->testbench__DOT__dut__DOT__tmp4) {
        if (vlSelf->testbench__DOT__in_eos) {
            vlSelf->testbench__DOT__dut__DOT__tmp13 
                = (0xffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__tmp5 = 1U;
        } else {
            vlSelf->testbench__DOT__dut__DOT__tmp13 
                = (0xffU & ((IData)(1U) + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr)));
            vlSelf->testbench__DOT__dut__DOT__tmp5 = 0U;
        }
    } else {
        vlSelf->testbench__DOT__dut__DOT__tmp13 = (0xffU 
                                                   & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr));
        vlSelf->testbench__DOT__dut__DOT__tmp5 = 0U;
    }
    vlSelf->testbench__DOT__dut__DOT__tmp228 = ((0U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                                & ((IData)(testbench__DOT__dut__DOT__s1_in_push_ready) 
                                                   & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_half)
                                                       ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full1)
                                                       : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full0))));
    vlSelf->testbench__DOT__dut__DOT__tmp244 = ((IData)(testbench__DOT__dut__DOT__tmp239) 
                                                & ((IData)(1U) 
                                                   + 
                                                   (~ (IData)(testbench__DOT__dut__DOT__tmp239))));
    vlSelf->testbench__DOT__dut__DOT__tmp30 = ((IData)(testbench__DOT__dut__DOT__s1_in_push_ready) 
                                               & (((1U 
                                                    == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                                   & (IData)(testbench__DOT__dut__DOT__tmp239)) 
                                                  | (2U 
                                                     == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))));
    testbench__DOT__dut__DOT__tmp170 = ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? vlSelf->testbench__DOT__dut__DOT__tmp165
                                         : vlSelf->testbench__DOT__dut__DOT__s0_current_word);
    testbench__DOT__dut__DOT__tmp408 = (0x1fffffU & 
                                        ((0xfffffU 
                                          & (- testbench__DOT__dut__DOT____VdfgTmp_h6088a4e4__0)) 
                                         + ((0x7e000U 
                                             & ((- (IData)(
                                                           (1U 
                                                            & ((IData)(testbench__DOT__dut__DOT__tmp396) 
                                                               >> 0xcU)))) 
                                                << 0xdU)) 
                                            | (0x1fffU 
                                               & (IData)(testbench__DOT__dut__DOT__tmp396)))));
    vlSelf->testbench__DOT__dut__DOT__tmp17 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)) 
                                               & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp5));
    vlSelf->testbench__DOT__dut__DOT__tmp23 = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp5) 
                                               & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half));
    vlSelf->testbench__DOT__dut__DOT__s0_emit_advance 
        = ((~ ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp244)) 
               & (IData)(testbench__DOT__dut__DOT__tmp239))) 
           & (1U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)));
    if (vlSelf->testbench__DOT__dut__DOT__tmp30) {
        if ((2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))) {
            vlSelf->testbench__DOT__dut__DOT__tmp38 
                = (0x1ffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__tmp31 = 1U;
        } else {
            vlSelf->testbench__DOT__dut__DOT__tmp38 
                = (0x1ffU & ((IData)(1U) + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr)));
            vlSelf->testbench__DOT__dut__DOT__tmp31 = 0U;
        }
    } else {
        vlSelf->testbench__DOT__dut__DOT__tmp38 = (0x1ffU 
                                                   & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr));
        vlSelf->testbench__DOT__dut__DOT__tmp31 = 0U;
    }
    testbench__DOT__dut__DOT__tmp181 = (0xfffffffU 
                                        & ((0x7ffffffU 
                                            & (- testbench__DOT__dut__DOT____VdfgTmp_h03f48bf7__0)) 
                                           + ((0x3f00000U 
                                               & ((- (IData)(
                                                             (1U 
                                                              & (testbench__DOT__dut__DOT__tmp170 
                                                                 >> 0x13U)))) 
                                                  << 0x14U)) 
                                              | testbench__DOT__dut__DOT__tmp170)));
    testbench__DOT__dut__DOT__tmp420 = (0xfffffU & 
                                        (testbench__DOT__dut__DOT____VdfgTmp_h6088a4e4__0 
                                         + ((0x40000U 
                                             & testbench__DOT__dut__DOT__tmp408) 
                                            | (0x3ffffU 
                                               & (testbench__DOT__dut__DOT__tmp408 
                                                  >> 1U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp42 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half)) 
                                               & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp31));
    vlSelf->testbench__DOT__dut__DOT__tmp48 = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp31) 
                                               & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half));
    testbench__DOT__dut__DOT__tmp193 = (0x7ffffffU 
                                        & (testbench__DOT__dut__DOT____VdfgTmp_h03f48bf7__0 
                                           + ((0x2000000U 
                                               & testbench__DOT__dut__DOT__tmp181) 
                                              | (0x1ffffffU 
                                                 & (testbench__DOT__dut__DOT__tmp181 
                                                    >> 1U)))));
    testbench__DOT__dut__DOT____VdfgTmp_h64f3a1c8__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp420 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp420) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h4a5fd49b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp420 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp420)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h711ed8b0__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp193 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp193) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_he8c05f0c__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp193 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp193)) 
                                         >> 0x1aU))));
    vlSelf->testbench__DOT__dut__DOT__tmp440 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h64f3a1c8__0)
                                                 ? 0x2000U
                                                 : 
                                                ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h4a5fd49b__0)
                                                  ? 
                                                 (0x3fffU 
                                                  & testbench__DOT__dut__DOT__tmp420)
                                                  : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp213 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h711ed8b0__0)
                                                 ? 0x100000U
                                                 : 
                                                ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he8c05f0c__0)
                                                  ? 
                                                 (0x1fffffU 
                                                  & testbench__DOT__dut__DOT__tmp193)
                                                  : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp448 = (1U 
                                                & (~ 
                                                   ((~ 
                                                     ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h64f3a1c8__0) 
                                                      | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h4a5fd49b__0) 
                                                         & (testbench__DOT__dut__DOT__tmp420 
                                                            >> 0xdU)))) 
                                                    ^ 
                                                    (1U 
                                                     & (((IData)(0x98U) 
                                                         - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp440)) 
                                                        >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp221 = (1U 
                                                & (~ 
                                                   ((~ 
                                                     ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h711ed8b0__0) 
                                                      | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he8c05f0c__0) 
                                                         & (testbench__DOT__dut__DOT__tmp193 
                                                            >> 0x14U)))) 
                                                    ^ 
                                                    (1U 
                                                     & (((IData)(0xd930U) 
                                                         - vlSelf->testbench__DOT__dut__DOT__tmp213) 
                                                        >> 0x15U)))));
}

VL_ATTR_COLD void Vtestbench___024root___eval_stl(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___eval_stl\n"); );
    // Body
    if (vlSelf->__VstlTriggered.at(0U)) {
        Vtestbench___024root___stl_sequent__TOP__0(vlSelf);
    }
}

#ifdef VL_DEBUG
VL_ATTR_COLD void Vtestbench___024root___dump_triggers__act(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___dump_triggers__act\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VactTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VactTriggered.at(0U)) {
        VL_DBG_MSGF("         'act' region trigger index 0 is active: @(posedge testbench.clk)\n");
    }
    if (vlSelf->__VactTriggered.at(1U)) {
        VL_DBG_MSGF("         'act' region trigger index 1 is active: @([true] __VdlySched.awaitingCurrentTime())\n");
    }
}
#endif  // VL_DEBUG

#ifdef VL_DEBUG
VL_ATTR_COLD void Vtestbench___024root___dump_triggers__nba(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___dump_triggers__nba\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VnbaTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VnbaTriggered.at(0U)) {
        VL_DBG_MSGF("         'nba' region trigger index 0 is active: @(posedge testbench.clk)\n");
    }
    if (vlSelf->__VnbaTriggered.at(1U)) {
        VL_DBG_MSGF("         'nba' region trigger index 1 is active: @([true] __VdlySched.awaitingCurrentTime())\n");
    }
}
#endif  // VL_DEBUG

VL_ATTR_COLD void Vtestbench___024root___ctor_var_reset(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___ctor_var_reset\n"); );
    // Body
    vlSelf->testbench__DOT__clk = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__rst = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__start = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__in_valid = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__in_eos = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__in_index = VL_RAND_RESET_I(6);
    vlSelf->testbench__DOT__in_value = VL_RAND_RESET_I(8);
    VL_RAND_RESET_W(8192, vlSelf->testbench__DOT__stimulus_path);
    VL_RAND_RESET_W(8192, vlSelf->testbench__DOT__results_path);
    vlSelf->testbench__DOT__fin = 0;
    vlSelf->testbench__DOT__fout = 0;
    vlSelf->testbench__DOT__images = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__records = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__position = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__cycle = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__index = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__value = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__eos = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__accepted = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__finished = VL_RAND_RESET_I(32);
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s0_in_events[__Vi0] = VL_RAND_RESET_I(14);
    }
    for (int __Vi0 = 0; __Vi0 < 512; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s1_in_events[__Vi0] = VL_RAND_RESET_I(7);
    }
    for (int __Vi0 = 0; __Vi0 < 8192; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s0_weights[__Vi0] = VL_RAND_RESET_I(8);
    }
    for (int __Vi0 = 0; __Vi0 < 128; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vi0] = VL_RAND_RESET_I(21);
    }
    for (int __Vi0 = 0; __Vi0 < 128; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s0_params[__Vi0] = VL_RAND_RESET_I(20);
    }
    for (int __Vi0 = 0; __Vi0 < 128; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vi0] = VL_RAND_RESET_I(20);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s0_spikes[__Vi0] = VL_RAND_RESET_I(1);
    }
    for (int __Vi0 = 0; __Vi0 < 2048; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s1_weights[__Vi0] = VL_RAND_RESET_I(8);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s1_membranes[__Vi0] = VL_RAND_RESET_I(14);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s1_params[__Vi0] = VL_RAND_RESET_I(13);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s1_counts[__Vi0] = VL_RAND_RESET_I(4);
    }
    vlSelf->testbench__DOT__dut__DOT__busy_reg = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_acc0 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_current_word = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_group = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_raw = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_sent = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_state = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__s0_entry = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__s0_events = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_group = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_in_count0 = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_in_count1 = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_in_full0 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_in_full1 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_issuing = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_k = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_p1_group = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_p1_last = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p1_update = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p1_valid = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p2_group = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_p2_last = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p2_update = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p2_valid = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_param_word = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_pixel = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s0_rd_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_running = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_spike_full0 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_spike_full1 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_step = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__s0_v_word = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__s0_weight_word = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_acc0 = VL_RAND_RESET_I(13);
    vlSelf->testbench__DOT__dut__DOT__s1_best = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__s1_best_index = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s1_count_word = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s1_entry = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s1_events = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_group = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s1_in_count0 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_in_count1 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_in_full0 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_in_full1 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_issuing = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_k = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s1_out_lane = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_out_position = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s1_out_state = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__s1_p1_group = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s1_p1_last = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p1_update = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p1_valid = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p2_group = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s1_p2_last = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p2_update = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p2_valid = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_param_word = VL_RAND_RESET_I(13);
    vlSelf->testbench__DOT__dut__DOT__s1_rd_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_running = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_step = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__s1_v_word = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__s1_weight_word = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_advance = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_in_push_eos = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp5 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp13 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__tmp17 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp23 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp30 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp31 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp38 = VL_RAND_RESET_I(9);
    vlSelf->testbench__DOT__dut__DOT__tmp42 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp48 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp56 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp64 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp65 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp66 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp67 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp80 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__tmp87 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__tmp98 = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__tmp149 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp160 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp165 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp213 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp221 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp228 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp244 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp252 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp256 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__tmp306 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp307 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp308 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp309 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp321 = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__tmp328 = VL_RAND_RESET_I(9);
    vlSelf->testbench__DOT__dut__DOT__tmp339 = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__tmp380 = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__tmp388 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp392 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp440 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp448 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp459 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp464 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp475 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp478 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp481 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp487 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp495 = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__tmp511 = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__tmp520 = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0 = 0;
    vlSelf->__Vtrigrprev__TOP__testbench__DOT__clk = VL_RAND_RESET_I(1);
}
