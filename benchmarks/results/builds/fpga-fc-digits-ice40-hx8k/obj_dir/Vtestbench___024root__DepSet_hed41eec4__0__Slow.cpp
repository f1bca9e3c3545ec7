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
    vlSelf->testbench__DOT__in_c = 0U;
    vlSelf->testbench__DOT__in_y = 0U;
    vlSelf->testbench__DOT__in_x = 0U;
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
    VL_READMEM_N(true, 16, 4096, 0, VL_CVT_PACK_STR_NW(4, __Vtemp_hb7286a66__0)
                 ,  &(vlSelf->testbench__DOT__dut__DOT__s0_weights)
                 , 0, ~0ULL);
    __Vtemp_h5b83445d__0[0U] = 0x2e686578U;
    __Vtemp_h5b83445d__0[1U] = 0x72616d73U;
    __Vtemp_h5b83445d__0[2U] = 0x305f7061U;
    __Vtemp_h5b83445d__0[3U] = 0x73U;
    VL_READMEM_N(true, 40, 64, 0, VL_CVT_PACK_STR_NW(4, __Vtemp_h5b83445d__0)
                 ,  &(vlSelf->testbench__DOT__dut__DOT__s0_params)
                 , 0, ~0ULL);
    __Vtemp_hb7286aa5__0[0U] = 0x2e686578U;
    __Vtemp_hb7286aa5__0[1U] = 0x67687473U;
    __Vtemp_hb7286aa5__0[2U] = 0x5f776569U;
    __Vtemp_hb7286aa5__0[3U] = 0x7331U;
    VL_READMEM_N(true, 16, 1024, 0, VL_CVT_PACK_STR_NW(4, __Vtemp_hb7286aa5__0)
                 ,  &(vlSelf->testbench__DOT__dut__DOT__s1_weights)
                 , 0, ~0ULL);
    __Vtemp_h1bd3445d__0[0U] = 0x2e686578U;
    __Vtemp_h1bd3445d__0[1U] = 0x72616d73U;
    __Vtemp_h1bd3445d__0[2U] = 0x315f7061U;
    __Vtemp_h1bd3445d__0[3U] = 0x73U;
    VL_READMEM_N(true, 26, 8, 0, VL_CVT_PACK_STR_NW(4, __Vtemp_h1bd3445d__0)
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
    CData/*0:0*/ testbench__DOT__dut__DOT__tmp12;
    testbench__DOT__dut__DOT__tmp12 = 0;
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
    // Body
    vlSelf->testbench__DOT__dut__DOT__tmp338 = (0x3fU 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word));
    vlSelf->testbench__DOT__dut__DOT__tmp336 = (0x3fU 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc));
    vlSelf->testbench__DOT__dut__DOT__tmp348 = (0x7fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc)));
    vlSelf->testbench__DOT__dut__DOT__s1_in_push_eos 
        = (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state));
    vlSelf->testbench__DOT__dut__DOT__tmp375 = (0x1fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_slot)));
    vlSelf->testbench__DOT__dut__DOT__tmp342 = (0x7fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word)));
    vlSelf->testbench__DOT__dut__DOT__tmp112 = (0xffU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k)));
    vlSelf->testbench__DOT__dut__DOT__tmp80 = (0xfU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp454 = (0x1ffU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k)));
    vlSelf->testbench__DOT__dut__DOT__tmp651 = (1U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state));
    vlSelf->testbench__DOT__dut__DOT__tmp637 = (2U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state));
    vlSelf->testbench__DOT__dut__DOT__tmp654 = (9U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position));
    vlSelf->testbench__DOT__dut__DOT__tmp660 = vlSelf->testbench__DOT__dut__DOT__s1_out_lane;
    vlSelf->testbench__DOT__dut__DOT__tmp668 = (0xfU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg)));
    vlSelf->testbench__DOT__dut__DOT__tmp693 = (3U 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)));
    vlSelf->testbench__DOT__dut__DOT__tmp684 = (0x1fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)));
    vlSelf->testbench__DOT__dut__DOT__tmp422 = (0xfU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp337 = (1U 
                                                & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)));
    vlSelf->testbench__DOT__dut__DOT__tmp355 = (3U 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)));
    vlSelf->testbench__DOT__dut__DOT__tmp363 = (3U 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_y)));
    vlSelf->testbench__DOT__dut__DOT__tmp93 = (0x3fU 
                                               == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group));
    vlSelf->testbench__DOT__dut__DOT__tmp105 = (0x7fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp305 = (0x1fU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_write_slot)));
    vlSelf->testbench__DOT__dut__DOT__tmp435 = (4U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group));
    vlSelf->testbench__DOT__dut__DOT__tmp447 = (0xfU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp155 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_update)) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp156 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_update) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp92 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_events) 
                                               == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k));
    vlSelf->testbench__DOT__dut__DOT__tmp490 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_update)) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
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
    vlSelf->testbench__DOT__dut__DOT__tmp491 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_update) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
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
    vlSelf->testbench__DOT__dut__DOT__tmp434 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_events) 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k));
    vlSelf->testbench__DOT__dut__DOT__tmp482 = ((0U 
                                                 != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))
                                                 ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg)
                                                 : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_group));
    vlSelf->testbench__DOT__dut__DOT__tmp418 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_running)) 
                                                & ((0U 
                                                    == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)) 
                                                   & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half)
                                                       ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1)
                                                       : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0))));
    vlSelf->testbench__DOT__dut__DOT__tmp76 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_running)) 
                                               & ((0x10U 
                                                   != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_slots_filled)) 
                                                  & ((0U 
                                                      != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                                     | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half)
                                                         ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                                         : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0)))));
    vlSelf->testbench__DOT__dut__DOT__tmp411 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_last) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
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
    vlSelf->testbench__DOT__out_data = (0xfU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)
                                                 ? 
                                                ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_count_word) 
                                                 >> 4U)
                                                 : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_count_word)));
    vlSelf->testbench__DOT__dut__DOT__tmp66 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_last) 
                                               & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    testbench__DOT__dut__DOT__tmp12 = ((~ ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)
                                            ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                            : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0))) 
                                       & (IData)(vlSelf->testbench__DOT__in_valid));
    testbench__DOT__dut__DOT__s1_in_push_ready = (1U 
                                                  & (~ 
                                                     ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half)
                                                       ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1)
                                                       : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0))));
    testbench__DOT__dut__DOT__tmp323 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_sent)) 
                                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_raw));
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
    vlSelf->testbench__DOT__dut__DOT__tmp631 = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp411) 
                                                & (7U 
                                                   == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
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
    vlSelf->testbench__DOT__dut__DOT__tmp16 = ((~ (IData)(vlSelf->testbench__DOT__in_eos)) 
                                               & (IData)(testbench__DOT__dut__DOT__tmp12));
    vlSelf->testbench__DOT__dut__DOT__tmp13 = ((IData)(testbench__DOT__dut__DOT__tmp12) 
                                               & (IData)(vlSelf->testbench__DOT__in_eos));
    vlSelf->testbench__DOT__dut__DOT__tmp312 = ((0U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                                & ((IData)(testbench__DOT__dut__DOT__s1_in_push_ready) 
                                                   & (0U 
                                                      != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_slots_filled))));
    vlSelf->testbench__DOT__dut__DOT__tmp328 = ((IData)(testbench__DOT__dut__DOT__tmp323) 
                                                & ((IData)(1U) 
                                                   + 
                                                   (~ (IData)(testbench__DOT__dut__DOT__tmp323))));
    testbench__DOT__dut__DOT__tmp41 = ((IData)(testbench__DOT__dut__DOT__s1_in_push_ready) 
                                       & (((1U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                           & (0U != (IData)(testbench__DOT__dut__DOT__tmp323))) 
                                          | (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))));
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
    vlSelf->testbench__DOT__in_c = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__in_y = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__in_x = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__in_value = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__out_data = VL_RAND_RESET_I(4);
    VL_RAND_RESET_W(8192, vlSelf->testbench__DOT__stimulus_path);
    VL_RAND_RESET_W(8192, vlSelf->testbench__DOT__results_path);
    vlSelf->testbench__DOT__fin = 0;
    vlSelf->testbench__DOT__fout = 0;
    vlSelf->testbench__DOT__images = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__records = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__c = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__y = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__x = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__value = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__eos = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__accepted = VL_RAND_RESET_I(32);
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s0_in_events[__Vi0] = VL_RAND_RESET_I(15);
    }
    for (int __Vi0 = 0; __Vi0 < 512; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s1_in_events[__Vi0] = VL_RAND_RESET_I(9);
    }
    for (int __Vi0 = 0; __Vi0 < 4096; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s0_weights[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 64; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vi0] = VL_RAND_RESET_Q(42);
    }
    for (int __Vi0 = 0; __Vi0 < 64; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s0_params[__Vi0] = VL_RAND_RESET_Q(40);
    }
    for (int __Vi0 = 0; __Vi0 < 64; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vi0] = VL_RAND_RESET_Q(40);
    }
    for (int __Vi0 = 0; __Vi0 < 1024; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s0_spikes[__Vi0] = VL_RAND_RESET_I(2);
    }
    for (int __Vi0 = 0; __Vi0 < 1024; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s1_weights[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s1_membranes[__Vi0] = VL_RAND_RESET_I(28);
    }
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s1_params[__Vi0] = VL_RAND_RESET_I(26);
    }
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s1_counts[__Vi0] = VL_RAND_RESET_I(8);
    }
    vlSelf->testbench__DOT__dut__DOT__s0_acc0 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc1 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_current_word = VL_RAND_RESET_Q(40);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_gc = VL_RAND_RESET_I(6);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_raw = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_sent = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_slot = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_state = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_word = VL_RAND_RESET_I(6);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_x = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_y = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_entry = VL_RAND_RESET_I(15);
    vlSelf->testbench__DOT__dut__DOT__s0_events = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_group = VL_RAND_RESET_I(6);
    vlSelf->testbench__DOT__dut__DOT__s0_in_count0 = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_in_count1 = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_in_full0 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_in_full1 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_issuing = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_k = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_p1_group = VL_RAND_RESET_I(6);
    vlSelf->testbench__DOT__dut__DOT__s0_p1_last = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p1_update = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p1_valid = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p2_group = VL_RAND_RESET_I(6);
    vlSelf->testbench__DOT__dut__DOT__s0_p2_last = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p2_update = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p2_valid = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_param_word = VL_RAND_RESET_Q(40);
    vlSelf->testbench__DOT__dut__DOT__s0_pixel = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s0_rd_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_running = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_spike_slots_filled = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__s0_spike_write_slot = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s0_step = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__s0_v_word = VL_RAND_RESET_Q(42);
    vlSelf->testbench__DOT__dut__DOT__s0_weight_word = VL_RAND_RESET_I(16);
    vlSelf->testbench__DOT__dut__DOT__s1_acc0 = VL_RAND_RESET_I(13);
    vlSelf->testbench__DOT__dut__DOT__s1_acc1 = VL_RAND_RESET_I(13);
    vlSelf->testbench__DOT__dut__DOT__s1_best = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__s1_best_index = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s1_count_word = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_entry = VL_RAND_RESET_I(9);
    vlSelf->testbench__DOT__dut__DOT__s1_events = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_group = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__s1_in_count0 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_in_count1 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_in_full0 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_in_full1 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_issuing = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_k = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__s1_out_lane = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_out_position = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s1_out_state = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__s1_p1_group = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__s1_p1_last = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p1_update = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p1_valid = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p2_group = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__s1_p2_last = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p2_update = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p2_valid = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_param_word = VL_RAND_RESET_I(26);
    vlSelf->testbench__DOT__dut__DOT__s1_rd_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_running = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_step = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__s1_v_word = VL_RAND_RESET_I(28);
    vlSelf->testbench__DOT__dut__DOT__s1_weight_word = VL_RAND_RESET_I(16);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_advance = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_in_push_eos = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp13 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp16 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp21 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__tmp25 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp31 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp42 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp45 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp50 = VL_RAND_RESET_I(9);
    vlSelf->testbench__DOT__dut__DOT__tmp54 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp60 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp66 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp76 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp80 = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__tmp92 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp93 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp105 = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__tmp112 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__tmp155 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp156 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp168 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp173 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp183 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp188 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp240 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp248 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp291 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp299 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp305 = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__tmp312 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp328 = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__tmp336 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp337 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp338 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp342 = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__tmp348 = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__tmp355 = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__tmp363 = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__tmp375 = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__tmp396 = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__tmp411 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp418 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp422 = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__tmp434 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp435 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp447 = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__tmp454 = VL_RAND_RESET_I(9);
    vlSelf->testbench__DOT__dut__DOT__tmp482 = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__tmp490 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp491 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp496 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp504 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp553 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp561 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp604 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp612 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp631 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp637 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp648 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp651 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp654 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp660 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp668 = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__tmp684 = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__tmp693 = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0 = 0;
    vlSelf->__Vtrigrprev__TOP__testbench__DOT__clk = VL_RAND_RESET_I(1);
}
