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
    VL_READMEM_N(true, 256, 256, 0, VL_CVT_PACK_STR_NW(4, __Vtemp_hb7286a66__0)
                 ,  &(vlSelf->testbench__DOT__dut__DOT__s0_weights)
                 , 0, ~0ULL);
    __Vtemp_h5b83445d__0[0U] = 0x2e686578U;
    __Vtemp_h5b83445d__0[1U] = 0x72616d73U;
    __Vtemp_h5b83445d__0[2U] = 0x305f7061U;
    __Vtemp_h5b83445d__0[3U] = 0x73U;
    VL_READMEM_N(true, 640, 4, 0, VL_CVT_PACK_STR_NW(4, __Vtemp_h5b83445d__0)
                 ,  &(vlSelf->testbench__DOT__dut__DOT__s0_params)
                 , 0, ~0ULL);
    __Vtemp_hb7286aa5__0[0U] = 0x2e686578U;
    __Vtemp_hb7286aa5__0[1U] = 0x67687473U;
    __Vtemp_hb7286aa5__0[2U] = 0x5f776569U;
    __Vtemp_hb7286aa5__0[3U] = 0x7331U;
    VL_READMEM_N(true, 80, 128, 0, VL_CVT_PACK_STR_NW(4, __Vtemp_hb7286aa5__0)
                 ,  &(vlSelf->testbench__DOT__dut__DOT__s1_weights)
                 , 0, ~0ULL);
    __Vtemp_h1bd3445d__0[0U] = 0x2e686578U;
    __Vtemp_h1bd3445d__0[1U] = 0x72616d73U;
    __Vtemp_h1bd3445d__0[2U] = 0x315f7061U;
    __Vtemp_h1bd3445d__0[3U] = 0x73U;
    VL_READMEM_N(true, 130, 2, 0, VL_CVT_PACK_STR_NW(4, __Vtemp_h1bd3445d__0)
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
    CData/*0:0*/ testbench__DOT__dut__DOT__tmp746;
    testbench__DOT__dut__DOT__tmp746 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT__tmp775;
    testbench__DOT__dut__DOT__tmp775 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp958;
    testbench__DOT__dut__DOT__tmp958 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp973;
    testbench__DOT__dut__DOT__tmp973 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp988;
    testbench__DOT__dut__DOT__tmp988 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1003;
    testbench__DOT__dut__DOT__tmp1003 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1018;
    testbench__DOT__dut__DOT__tmp1018 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1033;
    testbench__DOT__dut__DOT__tmp1033 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1048;
    testbench__DOT__dut__DOT__tmp1048 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1063;
    testbench__DOT__dut__DOT__tmp1063 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1078;
    testbench__DOT__dut__DOT__tmp1078 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1093;
    testbench__DOT__dut__DOT__tmp1093 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1108;
    testbench__DOT__dut__DOT__tmp1108 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1123;
    testbench__DOT__dut__DOT__tmp1123 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1138;
    testbench__DOT__dut__DOT__tmp1138 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1153;
    testbench__DOT__dut__DOT__tmp1153 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1168;
    testbench__DOT__dut__DOT__tmp1168 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1183;
    testbench__DOT__dut__DOT__tmp1183 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1198;
    testbench__DOT__dut__DOT__tmp1198 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1213;
    testbench__DOT__dut__DOT__tmp1213 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1228;
    testbench__DOT__dut__DOT__tmp1228 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1243;
    testbench__DOT__dut__DOT__tmp1243 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1258;
    testbench__DOT__dut__DOT__tmp1258 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1273;
    testbench__DOT__dut__DOT__tmp1273 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1288;
    testbench__DOT__dut__DOT__tmp1288 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1303;
    testbench__DOT__dut__DOT__tmp1303 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1318;
    testbench__DOT__dut__DOT__tmp1318 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1333;
    testbench__DOT__dut__DOT__tmp1333 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1348;
    testbench__DOT__dut__DOT__tmp1348 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1363;
    testbench__DOT__dut__DOT__tmp1363 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1378;
    testbench__DOT__dut__DOT__tmp1378 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1393;
    testbench__DOT__dut__DOT__tmp1393 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1408;
    testbench__DOT__dut__DOT__tmp1408 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1423;
    testbench__DOT__dut__DOT__tmp1423 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1469;
    testbench__DOT__dut__DOT__tmp1469 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1470;
    testbench__DOT__dut__DOT__tmp1470 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1471;
    testbench__DOT__dut__DOT__tmp1471 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1472;
    testbench__DOT__dut__DOT__tmp1472 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1473;
    testbench__DOT__dut__DOT__tmp1473 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1474;
    testbench__DOT__dut__DOT__tmp1474 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1475;
    testbench__DOT__dut__DOT__tmp1475 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1476;
    testbench__DOT__dut__DOT__tmp1476 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1477;
    testbench__DOT__dut__DOT__tmp1477 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1478;
    testbench__DOT__dut__DOT__tmp1478 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1479;
    testbench__DOT__dut__DOT__tmp1479 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1480;
    testbench__DOT__dut__DOT__tmp1480 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1481;
    testbench__DOT__dut__DOT__tmp1481 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1482;
    testbench__DOT__dut__DOT__tmp1482 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1483;
    testbench__DOT__dut__DOT__tmp1483 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1484;
    testbench__DOT__dut__DOT__tmp1484 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1485;
    testbench__DOT__dut__DOT__tmp1485 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1486;
    testbench__DOT__dut__DOT__tmp1486 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1487;
    testbench__DOT__dut__DOT__tmp1487 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1488;
    testbench__DOT__dut__DOT__tmp1488 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1489;
    testbench__DOT__dut__DOT__tmp1489 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1490;
    testbench__DOT__dut__DOT__tmp1490 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1491;
    testbench__DOT__dut__DOT__tmp1491 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1492;
    testbench__DOT__dut__DOT__tmp1492 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1493;
    testbench__DOT__dut__DOT__tmp1493 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1494;
    testbench__DOT__dut__DOT__tmp1494 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1495;
    testbench__DOT__dut__DOT__tmp1495 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1496;
    testbench__DOT__dut__DOT__tmp1496 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1497;
    testbench__DOT__dut__DOT__tmp1497 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1498;
    testbench__DOT__dut__DOT__tmp1498 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1499;
    testbench__DOT__dut__DOT__tmp1499 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1500;
    testbench__DOT__dut__DOT__tmp1500 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1542;
    testbench__DOT__dut__DOT__tmp1542 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1554;
    testbench__DOT__dut__DOT__tmp1554 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1593;
    testbench__DOT__dut__DOT__tmp1593 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1605;
    testbench__DOT__dut__DOT__tmp1605 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1644;
    testbench__DOT__dut__DOT__tmp1644 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1656;
    testbench__DOT__dut__DOT__tmp1656 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1695;
    testbench__DOT__dut__DOT__tmp1695 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1707;
    testbench__DOT__dut__DOT__tmp1707 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1746;
    testbench__DOT__dut__DOT__tmp1746 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1758;
    testbench__DOT__dut__DOT__tmp1758 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1797;
    testbench__DOT__dut__DOT__tmp1797 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1809;
    testbench__DOT__dut__DOT__tmp1809 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1848;
    testbench__DOT__dut__DOT__tmp1848 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1860;
    testbench__DOT__dut__DOT__tmp1860 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1899;
    testbench__DOT__dut__DOT__tmp1899 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1911;
    testbench__DOT__dut__DOT__tmp1911 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1950;
    testbench__DOT__dut__DOT__tmp1950 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1962;
    testbench__DOT__dut__DOT__tmp1962 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2001;
    testbench__DOT__dut__DOT__tmp2001 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2013;
    testbench__DOT__dut__DOT__tmp2013 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2052;
    testbench__DOT__dut__DOT__tmp2052 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2064;
    testbench__DOT__dut__DOT__tmp2064 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2103;
    testbench__DOT__dut__DOT__tmp2103 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2115;
    testbench__DOT__dut__DOT__tmp2115 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2154;
    testbench__DOT__dut__DOT__tmp2154 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2166;
    testbench__DOT__dut__DOT__tmp2166 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2205;
    testbench__DOT__dut__DOT__tmp2205 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2217;
    testbench__DOT__dut__DOT__tmp2217 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2256;
    testbench__DOT__dut__DOT__tmp2256 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2268;
    testbench__DOT__dut__DOT__tmp2268 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2307;
    testbench__DOT__dut__DOT__tmp2307 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2319;
    testbench__DOT__dut__DOT__tmp2319 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2358;
    testbench__DOT__dut__DOT__tmp2358 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2370;
    testbench__DOT__dut__DOT__tmp2370 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2409;
    testbench__DOT__dut__DOT__tmp2409 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2421;
    testbench__DOT__dut__DOT__tmp2421 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2460;
    testbench__DOT__dut__DOT__tmp2460 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2472;
    testbench__DOT__dut__DOT__tmp2472 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2511;
    testbench__DOT__dut__DOT__tmp2511 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2523;
    testbench__DOT__dut__DOT__tmp2523 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2562;
    testbench__DOT__dut__DOT__tmp2562 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2574;
    testbench__DOT__dut__DOT__tmp2574 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2613;
    testbench__DOT__dut__DOT__tmp2613 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2625;
    testbench__DOT__dut__DOT__tmp2625 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2664;
    testbench__DOT__dut__DOT__tmp2664 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2676;
    testbench__DOT__dut__DOT__tmp2676 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2715;
    testbench__DOT__dut__DOT__tmp2715 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2727;
    testbench__DOT__dut__DOT__tmp2727 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2766;
    testbench__DOT__dut__DOT__tmp2766 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2778;
    testbench__DOT__dut__DOT__tmp2778 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2817;
    testbench__DOT__dut__DOT__tmp2817 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2829;
    testbench__DOT__dut__DOT__tmp2829 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2868;
    testbench__DOT__dut__DOT__tmp2868 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2880;
    testbench__DOT__dut__DOT__tmp2880 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2919;
    testbench__DOT__dut__DOT__tmp2919 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2931;
    testbench__DOT__dut__DOT__tmp2931 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2970;
    testbench__DOT__dut__DOT__tmp2970 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2982;
    testbench__DOT__dut__DOT__tmp2982 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp3021;
    testbench__DOT__dut__DOT__tmp3021 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp3033;
    testbench__DOT__dut__DOT__tmp3033 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp3072;
    testbench__DOT__dut__DOT__tmp3072 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp3084;
    testbench__DOT__dut__DOT__tmp3084 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp3123;
    testbench__DOT__dut__DOT__tmp3123 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp3135;
    testbench__DOT__dut__DOT__tmp3135 = 0;
    IData/*31:0*/ testbench__DOT__dut__DOT__tmp3187;
    testbench__DOT__dut__DOT__tmp3187 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3536;
    testbench__DOT__dut__DOT__tmp3536 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3544;
    testbench__DOT__dut__DOT__tmp3544 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3552;
    testbench__DOT__dut__DOT__tmp3552 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3560;
    testbench__DOT__dut__DOT__tmp3560 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3568;
    testbench__DOT__dut__DOT__tmp3568 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3576;
    testbench__DOT__dut__DOT__tmp3576 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3584;
    testbench__DOT__dut__DOT__tmp3584 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3592;
    testbench__DOT__dut__DOT__tmp3592 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3600;
    testbench__DOT__dut__DOT__tmp3600 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3608;
    testbench__DOT__dut__DOT__tmp3608 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3629;
    testbench__DOT__dut__DOT__tmp3629 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3641;
    testbench__DOT__dut__DOT__tmp3641 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3680;
    testbench__DOT__dut__DOT__tmp3680 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3692;
    testbench__DOT__dut__DOT__tmp3692 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3731;
    testbench__DOT__dut__DOT__tmp3731 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3743;
    testbench__DOT__dut__DOT__tmp3743 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3782;
    testbench__DOT__dut__DOT__tmp3782 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3794;
    testbench__DOT__dut__DOT__tmp3794 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3833;
    testbench__DOT__dut__DOT__tmp3833 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3845;
    testbench__DOT__dut__DOT__tmp3845 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3884;
    testbench__DOT__dut__DOT__tmp3884 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3896;
    testbench__DOT__dut__DOT__tmp3896 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3935;
    testbench__DOT__dut__DOT__tmp3935 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3947;
    testbench__DOT__dut__DOT__tmp3947 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3986;
    testbench__DOT__dut__DOT__tmp3986 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3998;
    testbench__DOT__dut__DOT__tmp3998 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp4037;
    testbench__DOT__dut__DOT__tmp4037 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp4049;
    testbench__DOT__dut__DOT__tmp4049 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp4088;
    testbench__DOT__dut__DOT__tmp4088 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp4100;
    testbench__DOT__dut__DOT__tmp4100 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hadeaa07c__0;
    testbench__DOT__dut__DOT____VdfgTmp_hadeaa07c__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hdc6cd5a5__0;
    testbench__DOT__dut__DOT____VdfgTmp_hdc6cd5a5__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h54e9c5ec__0;
    testbench__DOT__dut__DOT____VdfgTmp_h54e9c5ec__0 = 0;
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
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h9ab2d45e__0;
    testbench__DOT__dut__DOT____VdfgTmp_h9ab2d45e__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h875800dc__0;
    testbench__DOT__dut__DOT____VdfgTmp_h875800dc__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hd2ddf30e__0;
    testbench__DOT__dut__DOT____VdfgTmp_hd2ddf30e__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h32e6cc0b__0;
    testbench__DOT__dut__DOT____VdfgTmp_h32e6cc0b__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h10c39892__0;
    testbench__DOT__dut__DOT____VdfgTmp_h10c39892__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h15203d85__0;
    testbench__DOT__dut__DOT____VdfgTmp_h15203d85__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_hb08c758b__0;
    testbench__DOT__dut__DOT____VdfgTmp_hb08c758b__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hec7a4b90__0;
    testbench__DOT__dut__DOT____VdfgTmp_hec7a4b90__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h8689b79b__0;
    testbench__DOT__dut__DOT____VdfgTmp_h8689b79b__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h3726fe0f__0;
    testbench__DOT__dut__DOT____VdfgTmp_h3726fe0f__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h498317ae__0;
    testbench__DOT__dut__DOT____VdfgTmp_h498317ae__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hf9b7e643__0;
    testbench__DOT__dut__DOT____VdfgTmp_hf9b7e643__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h8181bf4c__0;
    testbench__DOT__dut__DOT____VdfgTmp_h8181bf4c__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h76ea8232__0;
    testbench__DOT__dut__DOT____VdfgTmp_h76ea8232__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h6881cc10__0;
    testbench__DOT__dut__DOT____VdfgTmp_h6881cc10__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h4880108c__0;
    testbench__DOT__dut__DOT____VdfgTmp_h4880108c__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hd6579d30__0;
    testbench__DOT__dut__DOT____VdfgTmp_hd6579d30__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h8006db6b__0;
    testbench__DOT__dut__DOT____VdfgTmp_h8006db6b__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h3e7ad422__0;
    testbench__DOT__dut__DOT____VdfgTmp_h3e7ad422__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hf7e33a58__0;
    testbench__DOT__dut__DOT____VdfgTmp_hf7e33a58__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_ha083ffe7__0;
    testbench__DOT__dut__DOT____VdfgTmp_ha083ffe7__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_hf62f024b__0;
    testbench__DOT__dut__DOT____VdfgTmp_hf62f024b__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h8b31c39a__0;
    testbench__DOT__dut__DOT____VdfgTmp_h8b31c39a__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h51bdb730__0;
    testbench__DOT__dut__DOT____VdfgTmp_h51bdb730__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h490444a6__0;
    testbench__DOT__dut__DOT____VdfgTmp_h490444a6__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h9d410d2e__0;
    testbench__DOT__dut__DOT____VdfgTmp_h9d410d2e__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h99e7687d__0;
    testbench__DOT__dut__DOT____VdfgTmp_h99e7687d__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_had2aa001__0;
    testbench__DOT__dut__DOT____VdfgTmp_had2aa001__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hce80554e__0;
    testbench__DOT__dut__DOT____VdfgTmp_hce80554e__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h36b086b3__0;
    testbench__DOT__dut__DOT____VdfgTmp_h36b086b3__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h4ad45f03__0;
    testbench__DOT__dut__DOT____VdfgTmp_h4ad45f03__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h48125bce__0;
    testbench__DOT__dut__DOT____VdfgTmp_h48125bce__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hc941de5b__0;
    testbench__DOT__dut__DOT____VdfgTmp_hc941de5b__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_hdb49b3bb__0;
    testbench__DOT__dut__DOT____VdfgTmp_hdb49b3bb__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_had68d4d6__0;
    testbench__DOT__dut__DOT____VdfgTmp_had68d4d6__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h24553fd7__0;
    testbench__DOT__dut__DOT____VdfgTmp_h24553fd7__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h1eea50ee__0;
    testbench__DOT__dut__DOT____VdfgTmp_h1eea50ee__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_heabb0ada__0;
    testbench__DOT__dut__DOT____VdfgTmp_heabb0ada__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_he5ff2680__0;
    testbench__DOT__dut__DOT____VdfgTmp_he5ff2680__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_hec88e46f__0;
    testbench__DOT__dut__DOT____VdfgTmp_hec88e46f__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_heec8e306__0;
    testbench__DOT__dut__DOT____VdfgTmp_heec8e306__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h2de16d9f__0;
    testbench__DOT__dut__DOT____VdfgTmp_h2de16d9f__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_hff56744b__0;
    testbench__DOT__dut__DOT____VdfgTmp_hff56744b__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h9e3999b2__0;
    testbench__DOT__dut__DOT____VdfgTmp_h9e3999b2__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hc50a7655__0;
    testbench__DOT__dut__DOT____VdfgTmp_hc50a7655__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h539b91c3__0;
    testbench__DOT__dut__DOT____VdfgTmp_h539b91c3__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h1000f092__0;
    testbench__DOT__dut__DOT____VdfgTmp_h1000f092__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h6634e640__0;
    testbench__DOT__dut__DOT____VdfgTmp_h6634e640__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_hfad7ecdf__0;
    testbench__DOT__dut__DOT____VdfgTmp_hfad7ecdf__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h53d71cce__0;
    testbench__DOT__dut__DOT____VdfgTmp_h53d71cce__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h369c4dcb__0;
    testbench__DOT__dut__DOT____VdfgTmp_h369c4dcb__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_hb7b925e5__0;
    testbench__DOT__dut__DOT____VdfgTmp_hb7b925e5__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h5c5923ce__0;
    testbench__DOT__dut__DOT____VdfgTmp_h5c5923ce__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h0ab1625b__0;
    testbench__DOT__dut__DOT____VdfgTmp_h0ab1625b__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h3a6e1873__0;
    testbench__DOT__dut__DOT____VdfgTmp_h3a6e1873__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h07e5364e__0;
    testbench__DOT__dut__DOT____VdfgTmp_h07e5364e__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h0e5ee333__0;
    testbench__DOT__dut__DOT____VdfgTmp_h0e5ee333__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h0a017a59__0;
    testbench__DOT__dut__DOT____VdfgTmp_h0a017a59__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_he6e48cec__0;
    testbench__DOT__dut__DOT____VdfgTmp_he6e48cec__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h7501db69__0;
    testbench__DOT__dut__DOT____VdfgTmp_h7501db69__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h990864ad__0;
    testbench__DOT__dut__DOT____VdfgTmp_h990864ad__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h0f5c752c__0;
    testbench__DOT__dut__DOT____VdfgTmp_h0f5c752c__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h621aafd9__0;
    testbench__DOT__dut__DOT____VdfgTmp_h621aafd9__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h34236b75__0;
    testbench__DOT__dut__DOT____VdfgTmp_h34236b75__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hbe971ee6__0;
    testbench__DOT__dut__DOT____VdfgTmp_hbe971ee6__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h60ea6e3f__0;
    testbench__DOT__dut__DOT____VdfgTmp_h60ea6e3f__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h4ae01055__0;
    testbench__DOT__dut__DOT____VdfgTmp_h4ae01055__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h7308e2b4__0;
    testbench__DOT__dut__DOT____VdfgTmp_h7308e2b4__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h7c67144d__0;
    testbench__DOT__dut__DOT____VdfgTmp_h7c67144d__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h241d4bf6__0;
    testbench__DOT__dut__DOT____VdfgTmp_h241d4bf6__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h1eb5a810__0;
    testbench__DOT__dut__DOT____VdfgTmp_h1eb5a810__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hd9ebc61c__0;
    testbench__DOT__dut__DOT____VdfgTmp_hd9ebc61c__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_hec8df9cf__0;
    testbench__DOT__dut__DOT____VdfgTmp_hec8df9cf__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h1ac73526__0;
    testbench__DOT__dut__DOT____VdfgTmp_h1ac73526__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h3128d19f__0;
    testbench__DOT__dut__DOT____VdfgTmp_h3128d19f__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_hd853057c__0;
    testbench__DOT__dut__DOT____VdfgTmp_hd853057c__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h2a07f1d0__0;
    testbench__DOT__dut__DOT____VdfgTmp_h2a07f1d0__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h19783f70__0;
    testbench__DOT__dut__DOT____VdfgTmp_h19783f70__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h79a70425__0;
    testbench__DOT__dut__DOT____VdfgTmp_h79a70425__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hd3f5f6bc__0;
    testbench__DOT__dut__DOT____VdfgTmp_hd3f5f6bc__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h7d550e04__0;
    testbench__DOT__dut__DOT____VdfgTmp_h7d550e04__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h1fdba8be__0;
    testbench__DOT__dut__DOT____VdfgTmp_h1fdba8be__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h94fdd270__0;
    testbench__DOT__dut__DOT____VdfgTmp_h94fdd270__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_ha89d2ee7__0;
    testbench__DOT__dut__DOT____VdfgTmp_ha89d2ee7__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_h8cb08588__0;
    testbench__DOT__dut__DOT____VdfgTmp_h8cb08588__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h0b3a6dc8__0;
    testbench__DOT__dut__DOT____VdfgTmp_h0b3a6dc8__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h615e176f__0;
    testbench__DOT__dut__DOT____VdfgTmp_h615e176f__0 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT____VdfgTmp_hef919ee0__0;
    testbench__DOT__dut__DOT____VdfgTmp_hef919ee0__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h567d3126__0;
    testbench__DOT__dut__DOT____VdfgTmp_h567d3126__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_ha3f769af__0;
    testbench__DOT__dut__DOT____VdfgTmp_ha3f769af__0 = 0;
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
    IData/*19:0*/ testbench__DOT__dut__DOT____VdfgTmp_hcd4962cd__0;
    testbench__DOT__dut__DOT____VdfgTmp_hcd4962cd__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hca5f3bec__0;
    testbench__DOT__dut__DOT____VdfgTmp_hca5f3bec__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h4e2ac420__0;
    testbench__DOT__dut__DOT____VdfgTmp_h4e2ac420__0 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT____VdfgTmp_h58550490__0;
    testbench__DOT__dut__DOT____VdfgTmp_h58550490__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hbe8b261a__0;
    testbench__DOT__dut__DOT____VdfgTmp_hbe8b261a__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h6ffe034b__0;
    testbench__DOT__dut__DOT____VdfgTmp_h6ffe034b__0 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT____VdfgTmp_h49c11088__0;
    testbench__DOT__dut__DOT____VdfgTmp_h49c11088__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hf6bb1695__0;
    testbench__DOT__dut__DOT____VdfgTmp_hf6bb1695__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h7cc3768e__0;
    testbench__DOT__dut__DOT____VdfgTmp_h7cc3768e__0 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT____VdfgTmp_h6d84fb04__0;
    testbench__DOT__dut__DOT____VdfgTmp_h6d84fb04__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_hbe9e59de__0;
    testbench__DOT__dut__DOT____VdfgTmp_hbe9e59de__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h3cde189a__0;
    testbench__DOT__dut__DOT____VdfgTmp_h3cde189a__0 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT____VdfgTmp_h90e10de2__0;
    testbench__DOT__dut__DOT____VdfgTmp_h90e10de2__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h06dd840c__0;
    testbench__DOT__dut__DOT____VdfgTmp_h06dd840c__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h22499d0f__0;
    testbench__DOT__dut__DOT____VdfgTmp_h22499d0f__0 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT____VdfgTmp_hc77b05f2__0;
    testbench__DOT__dut__DOT____VdfgTmp_hc77b05f2__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h6b5bdc42__0;
    testbench__DOT__dut__DOT____VdfgTmp_h6b5bdc42__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h449cb9ec__0;
    testbench__DOT__dut__DOT____VdfgTmp_h449cb9ec__0 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT____VdfgTmp_hb0aeb1c6__0;
    testbench__DOT__dut__DOT____VdfgTmp_hb0aeb1c6__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h97367c0d__0;
    testbench__DOT__dut__DOT____VdfgTmp_h97367c0d__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h0e5eca08__0;
    testbench__DOT__dut__DOT____VdfgTmp_h0e5eca08__0 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT____VdfgTmp_h16823d68__0;
    testbench__DOT__dut__DOT____VdfgTmp_h16823d68__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h9a6f09de__0;
    testbench__DOT__dut__DOT____VdfgTmp_h9a6f09de__0 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT____VdfgTmp_h161b74be__0;
    testbench__DOT__dut__DOT____VdfgTmp_h161b74be__0 = 0;
    // Body
    vlSelf->testbench__DOT__dut__DOT__tmp3202 = (3U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word));
    vlSelf->testbench__DOT__dut__DOT__tmp3200 = (3U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc));
    vlSelf->testbench__DOT__dut__DOT__tmp3212 = (7U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc)));
    vlSelf->testbench__DOT__dut__DOT__s1_in_push_eos 
        = (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state));
    vlSelf->testbench__DOT__dut__DOT__tmp3239 = (0x1fU 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_slot)));
    vlSelf->testbench__DOT__dut__DOT__tmp3206 = (7U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word)));
    vlSelf->testbench__DOT__dut__DOT__tmp846 = (0xffU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k)));
    vlSelf->testbench__DOT__dut__DOT__tmp814 = (0xfU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp3474 = (0x1ffU 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k)));
    vlSelf->testbench__DOT__dut__DOT__tmp4250 = (1U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state));
    vlSelf->testbench__DOT__dut__DOT__tmp4236 = (2U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state));
    vlSelf->testbench__DOT__dut__DOT__tmp4253 = (9U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position));
    vlSelf->testbench__DOT__dut__DOT__tmp4259 = (9U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane));
    vlSelf->testbench__DOT__dut__DOT__tmp4267 = (3U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg)));
    vlSelf->testbench__DOT__dut__DOT__tmp4292 = (0x1fU 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)));
    vlSelf->testbench__DOT__dut__DOT__tmp4283 = (0x1fU 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)));
    vlSelf->testbench__DOT__dut__DOT__tmp3442 = (0xfU 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp3201 = (1U 
                                                 & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)));
    vlSelf->testbench__DOT__dut__DOT__tmp3219 = (3U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)));
    vlSelf->testbench__DOT__dut__DOT__tmp3227 = (3U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_y)));
    vlSelf->testbench__DOT__dut__DOT__tmp827 = (3U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group));
    vlSelf->testbench__DOT__dut__DOT__tmp839 = (7U 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp3169 = (0x1fU 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_write_slot)));
    vlSelf->testbench__DOT__dut__DOT__tmp3455 = (1U 
                                                 & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp3467 = (3U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp919 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_update)) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp920 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_update) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp826 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_events) 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k));
    vlSelf->testbench__DOT__dut__DOT__tmp3518 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_update)) 
                                                 & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp3532 = (0x3fffU 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc0) 
                                                    + 
                                                    ((0x1f00U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[0U] 
                                                                        >> 7U)))) 
                                                         << 8U)) 
                                                     | (0xffU 
                                                        & vlSelf->testbench__DOT__dut__DOT__s1_weight_word[0U]))));
    vlSelf->testbench__DOT__dut__DOT__tmp3519 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_update) 
                                                 & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp3540 = (0x3fffU 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc1) 
                                                    + 
                                                    ((0x1f00U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[0U] 
                                                                        >> 0xfU)))) 
                                                         << 8U)) 
                                                     | (0xffU 
                                                        & (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[0U] 
                                                           >> 8U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3548 = (0x3fffU 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc2) 
                                                    + 
                                                    ((0x1f00U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[0U] 
                                                                        >> 0x17U)))) 
                                                         << 8U)) 
                                                     | (0xffU 
                                                        & (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[0U] 
                                                           >> 0x10U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3556 = (0x3fffU 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc3) 
                                                    + 
                                                    ((0x1f00U 
                                                      & ((- (IData)(
                                                                    (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[0U] 
                                                                     >> 0x1fU))) 
                                                         << 8U)) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[0U] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp3564 = (0x3fffU 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc4) 
                                                    + 
                                                    ((0x1f00U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[1U] 
                                                                        >> 7U)))) 
                                                         << 8U)) 
                                                     | (0xffU 
                                                        & vlSelf->testbench__DOT__dut__DOT__s1_weight_word[1U]))));
    vlSelf->testbench__DOT__dut__DOT__tmp3572 = (0x3fffU 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc5) 
                                                    + 
                                                    ((0x1f00U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[1U] 
                                                                        >> 0xfU)))) 
                                                         << 8U)) 
                                                     | (0xffU 
                                                        & (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[1U] 
                                                           >> 8U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3580 = (0x3fffU 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc6) 
                                                    + 
                                                    ((0x1f00U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[1U] 
                                                                        >> 0x17U)))) 
                                                         << 8U)) 
                                                     | (0xffU 
                                                        & (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[1U] 
                                                           >> 0x10U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3588 = (0x3fffU 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc7) 
                                                    + 
                                                    ((0x1f00U 
                                                      & ((- (IData)(
                                                                    (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[1U] 
                                                                     >> 0x1fU))) 
                                                         << 8U)) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[1U] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp3596 = (0x3fffU 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc8) 
                                                    + 
                                                    ((0x1f00U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[2U] 
                                                                        >> 7U)))) 
                                                         << 8U)) 
                                                     | (0xffU 
                                                        & vlSelf->testbench__DOT__dut__DOT__s1_weight_word[2U]))));
    vlSelf->testbench__DOT__dut__DOT__tmp3604 = (0x3fffU 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc9) 
                                                    + 
                                                    ((0x1f00U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[2U] 
                                                                        >> 0xfU)))) 
                                                         << 8U)) 
                                                     | (0xffU 
                                                        & (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[2U] 
                                                           >> 8U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3454 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_events) 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k));
    vlSelf->testbench__DOT__dut__DOT__tmp3502 = ((0U 
                                                  != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))
                                                  ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg)
                                                  : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_group));
    vlSelf->testbench__DOT__dut__DOT__tmp3438 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_running)) 
                                                 & ((0U 
                                                     == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)) 
                                                    & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half)
                                                        ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1)
                                                        : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0))));
    vlSelf->testbench__DOT__dut__DOT__tmp810 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_running)) 
                                                & ((0x10U 
                                                    != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_slots_filled)) 
                                                   & ((0U 
                                                       != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                                      | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half)
                                                          ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                                          : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3431 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_last) 
                                                 & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    testbench__DOT__dut__DOT__tmp958 = (0x3ffffffffULL 
                                        & ((QData)((IData)(
                                                           ((0x1ff00U 
                                                             & ((- (IData)(
                                                                           (1U 
                                                                            & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[0U] 
                                                                               >> 7U)))) 
                                                                << 8U)) 
                                                            | (0xffU 
                                                               & vlSelf->testbench__DOT__dut__DOT__s0_weight_word[0U])))) 
                                           * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp973 = (0x3ffffffffULL 
                                        & ((QData)((IData)(
                                                           ((0x1ff00U 
                                                             & ((- (IData)(
                                                                           (1U 
                                                                            & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[0U] 
                                                                               >> 0xfU)))) 
                                                                << 8U)) 
                                                            | (0xffU 
                                                               & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[0U] 
                                                                  >> 8U))))) 
                                           * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp988 = (0x3ffffffffULL 
                                        & ((QData)((IData)(
                                                           ((0x1ff00U 
                                                             & ((- (IData)(
                                                                           (1U 
                                                                            & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[0U] 
                                                                               >> 0x17U)))) 
                                                                << 8U)) 
                                                            | (0xffU 
                                                               & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[0U] 
                                                                  >> 0x10U))))) 
                                           * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1003 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[0U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[0U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1018 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[1U] 
                                                                                >> 7U)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & vlSelf->testbench__DOT__dut__DOT__s0_weight_word[1U])))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1033 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[1U] 
                                                                                >> 0xfU)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[1U] 
                                                                   >> 8U))))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1048 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[1U] 
                                                                                >> 0x17U)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[1U] 
                                                                   >> 0x10U))))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1063 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[1U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[1U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1078 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[2U] 
                                                                                >> 7U)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & vlSelf->testbench__DOT__dut__DOT__s0_weight_word[2U])))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1093 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[2U] 
                                                                                >> 0xfU)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[2U] 
                                                                   >> 8U))))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1108 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[2U] 
                                                                                >> 0x17U)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[2U] 
                                                                   >> 0x10U))))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1123 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[2U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[2U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1138 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[3U] 
                                                                                >> 7U)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & vlSelf->testbench__DOT__dut__DOT__s0_weight_word[3U])))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1153 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[3U] 
                                                                                >> 0xfU)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[3U] 
                                                                   >> 8U))))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1168 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[3U] 
                                                                                >> 0x17U)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[3U] 
                                                                   >> 0x10U))))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1183 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[3U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[3U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1198 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[4U] 
                                                                                >> 7U)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & vlSelf->testbench__DOT__dut__DOT__s0_weight_word[4U])))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1213 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[4U] 
                                                                                >> 0xfU)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[4U] 
                                                                   >> 8U))))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1228 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[4U] 
                                                                                >> 0x17U)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[4U] 
                                                                   >> 0x10U))))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1243 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[4U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[4U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1258 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[5U] 
                                                                                >> 7U)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & vlSelf->testbench__DOT__dut__DOT__s0_weight_word[5U])))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1273 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[5U] 
                                                                                >> 0xfU)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[5U] 
                                                                   >> 8U))))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1288 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[5U] 
                                                                                >> 0x17U)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[5U] 
                                                                   >> 0x10U))))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1303 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[5U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[5U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1318 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[6U] 
                                                                                >> 7U)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & vlSelf->testbench__DOT__dut__DOT__s0_weight_word[6U])))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1333 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[6U] 
                                                                                >> 0xfU)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[6U] 
                                                                   >> 8U))))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1348 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[6U] 
                                                                                >> 0x17U)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[6U] 
                                                                   >> 0x10U))))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1363 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[6U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[6U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1378 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[7U] 
                                                                                >> 7U)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & vlSelf->testbench__DOT__dut__DOT__s0_weight_word[7U])))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1393 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[7U] 
                                                                                >> 0xfU)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[7U] 
                                                                   >> 8U))))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1408 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (1U 
                                                                             & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[7U] 
                                                                                >> 0x17U)))) 
                                                                 << 8U)) 
                                                             | (0xffU 
                                                                & (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[7U] 
                                                                   >> 0x10U))))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1423 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[7U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[7U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    vlSelf->testbench__DOT__out_data = (0xfU & ((8U 
                                                 & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                                                 ? 
                                                ((4U 
                                                  & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                                                  ? 0U
                                                  : 
                                                 ((2U 
                                                   & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                                                   ? 0U
                                                   : 
                                                  ((1U 
                                                    & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                                                    ? (IData)(
                                                              (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                               >> 0x24U))
                                                    : (IData)(
                                                              (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                               >> 0x20U)))))
                                                 : 
                                                ((4U 
                                                  & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                                                  ? 
                                                 ((2U 
                                                   & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                                                   ? 
                                                  ((1U 
                                                    & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                                                    ? (IData)(
                                                              (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                               >> 0x1cU))
                                                    : (IData)(
                                                              (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                               >> 0x18U)))
                                                   : 
                                                  ((1U 
                                                    & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                                                    ? (IData)(
                                                              (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                               >> 0x14U))
                                                    : (IData)(
                                                              (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                               >> 0x10U))))
                                                  : 
                                                 ((2U 
                                                   & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                                                   ? 
                                                  ((1U 
                                                    & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                                                    ? (IData)(
                                                              (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                               >> 0xcU))
                                                    : (IData)(
                                                              (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                               >> 8U)))
                                                   : 
                                                  ((1U 
                                                    & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane))
                                                    ? (IData)(
                                                              (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                               >> 4U))
                                                    : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_count_word))))));
    vlSelf->testbench__DOT__dut__DOT__tmp800 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_last) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    testbench__DOT__dut__DOT__tmp746 = ((~ ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)
                                             ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                             : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0))) 
                                        & (IData)(vlSelf->testbench__DOT__in_valid));
    testbench__DOT__dut__DOT__s1_in_push_ready = (1U 
                                                  & (~ 
                                                     ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half)
                                                       ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1)
                                                       : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0))));
    testbench__DOT__dut__DOT__tmp3536 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc0) 
                                          + (0x1fffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s1_param_word[0U])));
    testbench__DOT__dut__DOT__tmp3544 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc1) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[0U] 
                                                >> 0xdU))));
    testbench__DOT__dut__DOT__tmp3552 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc2) 
                                          + (0x1fffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s1_param_word[1U] 
                                                 << 6U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s1_param_word[0U] 
                                                   >> 0x1aU)))));
    testbench__DOT__dut__DOT__tmp3560 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc3) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[1U] 
                                                >> 7U))));
    testbench__DOT__dut__DOT__tmp3568 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc4) 
                                          + (0x1fffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s1_param_word[2U] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s1_param_word[1U] 
                                                   >> 0x14U)))));
    testbench__DOT__dut__DOT__tmp3576 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc5) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[2U] 
                                                >> 1U))));
    testbench__DOT__dut__DOT__tmp3584 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc6) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[2U] 
                                                >> 0xeU))));
    testbench__DOT__dut__DOT__tmp3592 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc7) 
                                          + (0x1fffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s1_param_word[3U] 
                                                 << 5U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s1_param_word[2U] 
                                                   >> 0x1bU)))));
    testbench__DOT__dut__DOT__tmp3600 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc8) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[3U] 
                                                >> 8U))));
    testbench__DOT__dut__DOT__tmp3608 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc9) 
                                          + (0x1fffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s1_param_word[4U] 
                                                 << 0xbU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s1_param_word[3U] 
                                                   >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1432 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc31 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x13U] 
                                                      << 0x14U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x13U] 
                                                        >> 0xcU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1417 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc30 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x13U] 
                                                      << 8U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x12U] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1402 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc29 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x12U] 
                                                      << 0x1cU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x12U] 
                                                        >> 4U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1387 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc28 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x12U] 
                                                      << 0x10U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x11U] 
                                                        >> 0x10U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1372 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc27 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x11U] 
                                                      << 4U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x10U] 
                                                        >> 0x1cU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1357 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc26 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x10U] 
                                                      << 0x18U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x10U] 
                                                        >> 8U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1342 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc25 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x10U] 
                                                      << 0xcU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xfU] 
                                                        >> 0x14U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1327 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc24 
                                                    + 
                                                    vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xfU]));
    vlSelf->testbench__DOT__dut__DOT__tmp1312 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc23 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xeU] 
                                                      << 0x14U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xeU] 
                                                        >> 0xcU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1297 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc22 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xeU] 
                                                      << 8U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xdU] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1282 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc21 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xdU] 
                                                      << 0x1cU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xdU] 
                                                        >> 4U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1267 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc20 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xdU] 
                                                      << 0x10U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xcU] 
                                                        >> 0x10U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1252 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc19 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xcU] 
                                                      << 4U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xbU] 
                                                        >> 0x1cU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1237 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc18 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xbU] 
                                                      << 0x18U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xbU] 
                                                        >> 8U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1222 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc17 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xbU] 
                                                      << 0xcU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xaU] 
                                                        >> 0x14U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1207 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc16 
                                                    + 
                                                    vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xaU]));
    vlSelf->testbench__DOT__dut__DOT__tmp1192 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc15 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[9U] 
                                                      << 0x14U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[9U] 
                                                        >> 0xcU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1177 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc14 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[9U] 
                                                      << 8U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[8U] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1162 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc13 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[8U] 
                                                      << 0x1cU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[8U] 
                                                        >> 4U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1147 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc12 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[8U] 
                                                      << 0x10U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[7U] 
                                                        >> 0x10U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1132 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc11 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[7U] 
                                                      << 4U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[6U] 
                                                        >> 0x1cU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1117 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc10 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[6U] 
                                                      << 0x18U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[6U] 
                                                        >> 8U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1102 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc9 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[6U] 
                                                      << 0xcU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[5U] 
                                                        >> 0x14U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1087 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc8 
                                                    + 
                                                    vlSelf->testbench__DOT__dut__DOT__s0_param_word[5U]));
    vlSelf->testbench__DOT__dut__DOT__tmp1072 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc7 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[4U] 
                                                      << 0x14U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[4U] 
                                                        >> 0xcU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1057 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc6 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[4U] 
                                                      << 8U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[3U] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1042 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc5 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[3U] 
                                                      << 0x1cU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[3U] 
                                                        >> 4U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1027 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc4 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[3U] 
                                                      << 0x10U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[2U] 
                                                        >> 0x10U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1012 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc3 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[2U] 
                                                      << 4U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[1U] 
                                                        >> 0x1cU))));
    vlSelf->testbench__DOT__dut__DOT__tmp997 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc2 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[1U] 
                                                     << 0x18U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[1U] 
                                                       >> 8U))));
    vlSelf->testbench__DOT__dut__DOT__tmp982 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc1 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[1U] 
                                                     << 0xcU) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0U] 
                                                       >> 0x14U))));
    vlSelf->testbench__DOT__dut__DOT__tmp967 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                                                   + 
                                                   vlSelf->testbench__DOT__dut__DOT__s0_param_word[0U]));
    testbench__DOT__dut__DOT__tmp3187 = ((~ vlSelf->testbench__DOT__dut__DOT__s0_emit_sent) 
                                         & vlSelf->testbench__DOT__dut__DOT__s0_emit_raw);
    testbench__DOT__dut__DOT____VdfgTmp_h8fbc7cd4__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0U] 
                                         >> 0x14U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & vlSelf->testbench__DOT__dut__DOT__s0_v_word[0U])));
    testbench__DOT__dut__DOT____VdfgTmp_h93a71b43__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[1U] 
                                         >> 9U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[1U] 
                                                     << 0xbU) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0U] 
                                                       >> 0x15U)))));
    testbench__DOT__dut__DOT____VdfgTmp_h9ab2d45e__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[1U] 
                                         >> 0x1eU)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[1U] 
                                                    >> 0xaU))));
    testbench__DOT__dut__DOT____VdfgTmp_h32e6cc0b__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[2U] 
                                         >> 0x13U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[2U] 
                                                     << 1U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[1U] 
                                                       >> 0x1fU)))));
    testbench__DOT__dut__DOT____VdfgTmp_hb08c758b__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[3U] 
                                         >> 8U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[3U] 
                                                     << 0xcU) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[2U] 
                                                       >> 0x14U)))));
    testbench__DOT__dut__DOT____VdfgTmp_h3726fe0f__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[3U] 
                                         >> 0x1dU)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[3U] 
                                                    >> 9U))));
    testbench__DOT__dut__DOT____VdfgTmp_h8181bf4c__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[4U] 
                                         >> 0x12U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[4U] 
                                                     << 2U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[3U] 
                                                       >> 0x1eU)))));
    testbench__DOT__dut__DOT____VdfgTmp_h4880108c__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[5U] 
                                         >> 7U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[5U] 
                                                     << 0xdU) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[4U] 
                                                       >> 0x13U)))));
    testbench__DOT__dut__DOT____VdfgTmp_h3e7ad422__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[5U] 
                                         >> 0x1cU)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[5U] 
                                                    >> 8U))));
    testbench__DOT__dut__DOT____VdfgTmp_hf62f024b__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[6U] 
                                         >> 0x11U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[6U] 
                                                     << 3U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[5U] 
                                                       >> 0x1dU)))));
    testbench__DOT__dut__DOT____VdfgTmp_h490444a6__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[7U] 
                                         >> 6U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[7U] 
                                                     << 0xeU) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[6U] 
                                                       >> 0x12U)))));
    testbench__DOT__dut__DOT____VdfgTmp_had2aa001__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[7U] 
                                         >> 0x1bU)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[7U] 
                                                    >> 7U))));
    testbench__DOT__dut__DOT____VdfgTmp_h4ad45f03__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[8U] 
                                         >> 0x10U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[8U] 
                                                     << 4U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[7U] 
                                                       >> 0x1cU)))));
    testbench__DOT__dut__DOT____VdfgTmp_hdb49b3bb__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[9U] 
                                         >> 5U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[9U] 
                                                     << 0xfU) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[8U] 
                                                       >> 0x11U)))));
    testbench__DOT__dut__DOT____VdfgTmp_h1eea50ee__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[9U] 
                                         >> 0x1aU)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[9U] 
                                                    >> 6U))));
    testbench__DOT__dut__DOT____VdfgTmp_hec88e46f__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xaU] 
                                         >> 0xfU)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xaU] 
                                                     << 5U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[9U] 
                                                       >> 0x1bU)))));
    testbench__DOT__dut__DOT____VdfgTmp_hff56744b__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xbU] 
                                         >> 4U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xbU] 
                                                     << 0x10U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xaU] 
                                                       >> 0x10U)))));
    testbench__DOT__dut__DOT____VdfgTmp_h539b91c3__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xbU] 
                                         >> 0x19U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xbU] 
                                                    >> 5U))));
    testbench__DOT__dut__DOT____VdfgTmp_hfad7ecdf__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xcU] 
                                         >> 0xeU)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xcU] 
                                                     << 6U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xbU] 
                                                       >> 0x1aU)))));
    testbench__DOT__dut__DOT____VdfgTmp_hb7b925e5__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xdU] 
                                         >> 3U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xdU] 
                                                     << 0x11U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xcU] 
                                                       >> 0xfU)))));
    testbench__DOT__dut__DOT____VdfgTmp_h3a6e1873__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xdU] 
                                         >> 0x18U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xdU] 
                                                    >> 4U))));
    testbench__DOT__dut__DOT____VdfgTmp_h0a017a59__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xeU] 
                                         >> 0xdU)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xeU] 
                                                     << 7U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xdU] 
                                                       >> 0x19U)))));
    testbench__DOT__dut__DOT____VdfgTmp_h990864ad__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xfU] 
                                         >> 2U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xfU] 
                                                     << 0x12U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xeU] 
                                                       >> 0xeU)))));
    testbench__DOT__dut__DOT____VdfgTmp_h34236b75__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xfU] 
                                         >> 0x17U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xfU] 
                                                    >> 3U))));
    testbench__DOT__dut__DOT____VdfgTmp_h4ae01055__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x10U] 
                                         >> 0xcU)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x10U] 
                                                     << 8U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xfU] 
                                                       >> 0x18U)))));
    testbench__DOT__dut__DOT____VdfgTmp_h241d4bf6__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x11U] 
                                         >> 1U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x11U] 
                                                     << 0x13U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x10U] 
                                                       >> 0xdU)))));
    testbench__DOT__dut__DOT____VdfgTmp_hec8df9cf__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x11U] 
                                         >> 0x16U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x11U] 
                                                    >> 2U))));
    testbench__DOT__dut__DOT____VdfgTmp_hd853057c__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x12U] 
                                         >> 0xbU)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x12U] 
                                                     << 9U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x11U] 
                                                       >> 0x17U)))));
    testbench__DOT__dut__DOT____VdfgTmp_h79a70425__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x13U]))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x13U] 
                                                     << 0x14U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x12U] 
                                                       >> 0xcU)))));
    testbench__DOT__dut__DOT____VdfgTmp_h1fdba8be__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x13U] 
                                         >> 0x15U)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x13U] 
                                                    >> 1U))));
    testbench__DOT__dut__DOT____VdfgTmp_h8cb08588__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x14U] 
                                         >> 0xaU)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (0x1fffffU 
                                                 & ((vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x14U] 
                                                     << 0xaU) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x13U] 
                                                       >> 0x16U)))));
    testbench__DOT__dut__DOT____VdfgTmp_hef919ee0__0 
        = ((0x3e00000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                      & (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x14U] 
                                         >> 0x1fU)))) 
                          << 0x15U)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                                         ? 0U : (vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x14U] 
                                                 >> 0xbU)));
    testbench__DOT__dut__DOT____VdfgTmp_hb487e700__0 
        = ((0x7c000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)) 
                                    & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[0U] 
                                       >> 0xdU)))) 
                        << 0xeU)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                      ? 0U : (0x3fffU 
                                              & vlSelf->testbench__DOT__dut__DOT__s1_v_word[0U])));
    testbench__DOT__dut__DOT____VdfgTmp_hfff6c4ad__0 
        = ((0x7c000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)) 
                                    & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[0U] 
                                       >> 0x1bU)))) 
                        << 0xeU)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                      ? 0U : (0x3fffU 
                                              & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[0U] 
                                                 >> 0xeU))));
    testbench__DOT__dut__DOT____VdfgTmp_hcd4962cd__0 
        = ((0x7c000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)) 
                                    & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[1U] 
                                       >> 9U)))) << 0xeU)) 
           | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
               ? 0U : (0x3fffU & ((vlSelf->testbench__DOT__dut__DOT__s1_v_word[1U] 
                                   << 4U) | (vlSelf->testbench__DOT__dut__DOT__s1_v_word[0U] 
                                             >> 0x1cU)))));
    testbench__DOT__dut__DOT____VdfgTmp_h58550490__0 
        = ((0x7c000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)) 
                                    & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[1U] 
                                       >> 0x17U)))) 
                        << 0xeU)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                      ? 0U : (0x3fffU 
                                              & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[1U] 
                                                 >> 0xaU))));
    testbench__DOT__dut__DOT____VdfgTmp_h49c11088__0 
        = ((0x7c000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)) 
                                    & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[2U] 
                                       >> 5U)))) << 0xeU)) 
           | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
               ? 0U : (0x3fffU & ((vlSelf->testbench__DOT__dut__DOT__s1_v_word[2U] 
                                   << 8U) | (vlSelf->testbench__DOT__dut__DOT__s1_v_word[1U] 
                                             >> 0x18U)))));
    testbench__DOT__dut__DOT____VdfgTmp_h6d84fb04__0 
        = ((0x7c000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)) 
                                    & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[2U] 
                                       >> 0x13U)))) 
                        << 0xeU)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                      ? 0U : (0x3fffU 
                                              & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[2U] 
                                                 >> 6U))));
    testbench__DOT__dut__DOT____VdfgTmp_h90e10de2__0 
        = ((0x7c000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)) 
                                    & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[3U] 
                                       >> 1U)))) << 0xeU)) 
           | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
               ? 0U : (0x3fffU & ((vlSelf->testbench__DOT__dut__DOT__s1_v_word[3U] 
                                   << 0xcU) | (vlSelf->testbench__DOT__dut__DOT__s1_v_word[2U] 
                                               >> 0x14U)))));
    testbench__DOT__dut__DOT____VdfgTmp_hc77b05f2__0 
        = ((0x7c000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)) 
                                    & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[3U] 
                                       >> 0xfU)))) 
                        << 0xeU)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                      ? 0U : (0x3fffU 
                                              & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[3U] 
                                                 >> 2U))));
    testbench__DOT__dut__DOT____VdfgTmp_hb0aeb1c6__0 
        = ((0x7c000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)) 
                                    & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[3U] 
                                       >> 0x1dU)))) 
                        << 0xeU)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                      ? 0U : (0x3fffU 
                                              & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[3U] 
                                                 >> 0x10U))));
    testbench__DOT__dut__DOT____VdfgTmp_h16823d68__0 
        = ((0x7c000U & ((- (IData)(((0U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)) 
                                    & (vlSelf->testbench__DOT__dut__DOT__s1_v_word[4U] 
                                       >> 0xbU)))) 
                        << 0xeU)) | ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                      ? 0U : (0x3fffU 
                                              & ((vlSelf->testbench__DOT__dut__DOT__s1_v_word[4U] 
                                                  << 2U) 
                                                 | (vlSelf->testbench__DOT__dut__DOT__s1_v_word[3U] 
                                                    >> 0x1eU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp4195 = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3431) 
                                                 & (7U 
                                                    == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp962 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp958 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp958)))));
    vlSelf->testbench__DOT__dut__DOT__tmp977 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc1 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp973 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp973)))));
    vlSelf->testbench__DOT__dut__DOT__tmp992 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc2 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp988 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp988)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1007 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc3 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1003 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1003)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1022 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc4 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1018 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1018)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1037 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc5 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1033 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1033)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1052 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc6 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1048 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1048)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1067 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc7 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1063 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1063)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1082 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc8 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1078 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1078)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1097 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc9 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1093 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1093)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1112 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc10 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1108 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1108)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1127 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc11 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1123 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1123)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1142 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc12 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1138 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1138)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1157 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc13 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1153 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1153)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1172 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc14 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1168 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1168)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1187 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc15 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1183 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1183)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1202 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc16 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1198 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1198)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1217 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc17 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1213 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1213)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1232 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc18 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1228 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1228)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1247 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc19 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1243 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1243)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1262 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc20 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1258 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1258)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1277 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc21 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1273 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1273)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1292 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc22 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1288 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1288)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1307 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc23 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1303 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1303)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1322 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc24 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1318 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1318)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1337 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc25 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1333 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1333)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1352 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc26 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1348 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1348)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1367 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc27 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1363 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1363)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1382 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc28 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1378 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1378)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1397 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc29 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1393 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1393)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1412 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc30 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1408 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1408)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1427 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc31 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1423 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1423)))));
    vlSelf->testbench__DOT__dut__DOT__tmp4247 = ((2U 
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
        = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp800) 
           & (0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp3260 = (0x7fU 
                                                 & ((0x3fU 
                                                     & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_slots_filled) 
                                                        + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp800))) 
                                                    - 
                                                    (2U 
                                                     == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))));
    vlSelf->testbench__DOT__dut__DOT__tmp750 = ((~ (IData)(vlSelf->testbench__DOT__in_eos)) 
                                                & (IData)(testbench__DOT__dut__DOT__tmp746));
    vlSelf->testbench__DOT__dut__DOT__tmp747 = ((IData)(testbench__DOT__dut__DOT__tmp746) 
                                                & (IData)(vlSelf->testbench__DOT__in_eos));
    vlSelf->testbench__DOT__dut__DOT__tmp3176 = ((0U 
                                                  == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                                 & ((IData)(testbench__DOT__dut__DOT__s1_in_push_ready) 
                                                    & (0U 
                                                       != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_slots_filled))));
    if ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))) {
        testbench__DOT__dut__DOT__tmp1500 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1432);
        testbench__DOT__dut__DOT__tmp1499 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1417);
        testbench__DOT__dut__DOT__tmp1498 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1402);
        testbench__DOT__dut__DOT__tmp1497 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1387);
        testbench__DOT__dut__DOT__tmp1496 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1372);
        testbench__DOT__dut__DOT__tmp1495 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1357);
        testbench__DOT__dut__DOT__tmp1494 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1342);
        testbench__DOT__dut__DOT__tmp1493 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1327);
        testbench__DOT__dut__DOT__tmp1492 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1312);
        testbench__DOT__dut__DOT__tmp1491 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1297);
        testbench__DOT__dut__DOT__tmp1490 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1282);
        testbench__DOT__dut__DOT__tmp1489 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1267);
        testbench__DOT__dut__DOT__tmp1488 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1252);
        testbench__DOT__dut__DOT__tmp1487 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1237);
        testbench__DOT__dut__DOT__tmp1486 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1222);
        testbench__DOT__dut__DOT__tmp1485 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1207);
        testbench__DOT__dut__DOT__tmp1484 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1192);
        testbench__DOT__dut__DOT__tmp1483 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1177);
        testbench__DOT__dut__DOT__tmp1482 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1162);
        testbench__DOT__dut__DOT__tmp1481 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1147);
        testbench__DOT__dut__DOT__tmp1480 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1132);
        testbench__DOT__dut__DOT__tmp1479 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1117);
        testbench__DOT__dut__DOT__tmp1478 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1102);
        testbench__DOT__dut__DOT__tmp1477 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1087);
        testbench__DOT__dut__DOT__tmp1476 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1072);
        testbench__DOT__dut__DOT__tmp1475 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1057);
        testbench__DOT__dut__DOT__tmp1474 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1042);
        testbench__DOT__dut__DOT__tmp1473 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1027);
        testbench__DOT__dut__DOT__tmp1472 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1012);
        testbench__DOT__dut__DOT__tmp1471 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp997);
        testbench__DOT__dut__DOT__tmp1470 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp982);
        testbench__DOT__dut__DOT__tmp1469 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp967);
    } else {
        testbench__DOT__dut__DOT__tmp1500 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x13U] 
                                                 << 0x14U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x13U] 
                                                   >> 0xcU)));
        testbench__DOT__dut__DOT__tmp1499 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x13U] 
                                                 << 8U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x12U] 
                                                   >> 0x18U)));
        testbench__DOT__dut__DOT__tmp1498 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x12U] 
                                                 << 0x1cU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x12U] 
                                                   >> 4U)));
        testbench__DOT__dut__DOT__tmp1497 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x12U] 
                                                 << 0x10U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x11U] 
                                                   >> 0x10U)));
        testbench__DOT__dut__DOT__tmp1496 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x11U] 
                                                 << 4U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x10U] 
                                                   >> 0x1cU)));
        testbench__DOT__dut__DOT__tmp1495 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x10U] 
                                                 << 0x18U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x10U] 
                                                   >> 8U)));
        testbench__DOT__dut__DOT__tmp1494 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x10U] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xfU] 
                                                   >> 0x14U)));
        testbench__DOT__dut__DOT__tmp1493 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xfU]);
        testbench__DOT__dut__DOT__tmp1492 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xeU] 
                                                 << 0x14U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xeU] 
                                                   >> 0xcU)));
        testbench__DOT__dut__DOT__tmp1491 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xeU] 
                                                 << 8U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xdU] 
                                                   >> 0x18U)));
        testbench__DOT__dut__DOT__tmp1490 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xdU] 
                                                 << 0x1cU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xdU] 
                                                   >> 4U)));
        testbench__DOT__dut__DOT__tmp1489 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xdU] 
                                                 << 0x10U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xcU] 
                                                   >> 0x10U)));
        testbench__DOT__dut__DOT__tmp1488 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xcU] 
                                                 << 4U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xbU] 
                                                   >> 0x1cU)));
        testbench__DOT__dut__DOT__tmp1487 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xbU] 
                                                 << 0x18U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xbU] 
                                                   >> 8U)));
        testbench__DOT__dut__DOT__tmp1486 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xbU] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xaU] 
                                                   >> 0x14U)));
        testbench__DOT__dut__DOT__tmp1485 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xaU]);
        testbench__DOT__dut__DOT__tmp1484 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[9U] 
                                                 << 0x14U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[9U] 
                                                   >> 0xcU)));
        testbench__DOT__dut__DOT__tmp1483 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[9U] 
                                                 << 8U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[8U] 
                                                   >> 0x18U)));
        testbench__DOT__dut__DOT__tmp1482 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[8U] 
                                                 << 0x1cU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[8U] 
                                                   >> 4U)));
        testbench__DOT__dut__DOT__tmp1481 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[8U] 
                                                 << 0x10U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[7U] 
                                                   >> 0x10U)));
        testbench__DOT__dut__DOT__tmp1480 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[7U] 
                                                 << 4U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[6U] 
                                                   >> 0x1cU)));
        testbench__DOT__dut__DOT__tmp1479 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[6U] 
                                                 << 0x18U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[6U] 
                                                   >> 8U)));
        testbench__DOT__dut__DOT__tmp1478 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[6U] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[5U] 
                                                   >> 0x14U)));
        testbench__DOT__dut__DOT__tmp1477 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s0_current_word[5U]);
        testbench__DOT__dut__DOT__tmp1476 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[4U] 
                                                 << 0x14U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[4U] 
                                                   >> 0xcU)));
        testbench__DOT__dut__DOT__tmp1475 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[4U] 
                                                 << 8U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[3U] 
                                                   >> 0x18U)));
        testbench__DOT__dut__DOT__tmp1474 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[3U] 
                                                 << 0x1cU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[3U] 
                                                   >> 4U)));
        testbench__DOT__dut__DOT__tmp1473 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[3U] 
                                                 << 0x10U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[2U] 
                                                   >> 0x10U)));
        testbench__DOT__dut__DOT__tmp1472 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[2U] 
                                                 << 4U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[1U] 
                                                   >> 0x1cU)));
        testbench__DOT__dut__DOT__tmp1471 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[1U] 
                                                 << 0x18U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[1U] 
                                                   >> 8U)));
        testbench__DOT__dut__DOT__tmp1470 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[1U] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0U] 
                                                   >> 0x14U)));
        testbench__DOT__dut__DOT__tmp1469 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s0_current_word[0U]);
    }
    testbench__DOT__dut__DOT__tmp775 = ((IData)(testbench__DOT__dut__DOT__s1_in_push_ready) 
                                        & (((1U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                            & (0U != testbench__DOT__dut__DOT__tmp3187)) 
                                           | (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))));
    vlSelf->testbench__DOT__dut__DOT__tmp3192 = (testbench__DOT__dut__DOT__tmp3187 
                                                 & ((IData)(1U) 
                                                    + 
                                                    (~ testbench__DOT__dut__DOT__tmp3187)));
    testbench__DOT__dut__DOT__tmp3629 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hb487e700__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3536) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3536)))));
    testbench__DOT__dut__DOT__tmp3680 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hfff6c4ad__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3544) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3544)))));
    testbench__DOT__dut__DOT__tmp3731 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hcd4962cd__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3552) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3552)))));
    testbench__DOT__dut__DOT__tmp3782 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h58550490__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3560) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3560)))));
    testbench__DOT__dut__DOT__tmp3833 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h49c11088__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3568) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3568)))));
    testbench__DOT__dut__DOT__tmp3884 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h6d84fb04__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3576) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3576)))));
    testbench__DOT__dut__DOT__tmp3935 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h90e10de2__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3584) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3584)))));
    testbench__DOT__dut__DOT__tmp3986 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hc77b05f2__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3592) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3592)))));
    testbench__DOT__dut__DOT__tmp4037 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hb0aeb1c6__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3600) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3600)))));
    testbench__DOT__dut__DOT__tmp4088 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h16823d68__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3608) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3608)))));
    if (vlSelf->testbench__DOT__dut__DOT__tmp747) {
        vlSelf->testbench__DOT__dut__DOT__tmp759 = 
            (1U & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)));
        vlSelf->testbench__DOT__dut__DOT__tmp765 = vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half;
        vlSelf->testbench__DOT__dut__DOT__tmp755 = 0U;
    } else {
        vlSelf->testbench__DOT__dut__DOT__tmp759 = 0U;
        vlSelf->testbench__DOT__dut__DOT__tmp765 = 0U;
        vlSelf->testbench__DOT__dut__DOT__tmp755 = 
            (0xffU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr) 
                      + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp750)));
    }
    testbench__DOT__dut__DOT__tmp3123 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hef919ee0__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1500 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1500)));
    testbench__DOT__dut__DOT__tmp3072 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h8cb08588__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1499 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1499)));
    testbench__DOT__dut__DOT__tmp3021 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h1fdba8be__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1498 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1498)));
    testbench__DOT__dut__DOT__tmp2970 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h79a70425__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1497 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1497)));
    testbench__DOT__dut__DOT__tmp2919 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hd853057c__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1496 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1496)));
    testbench__DOT__dut__DOT__tmp2868 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hec8df9cf__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1495 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1495)));
    testbench__DOT__dut__DOT__tmp2817 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h241d4bf6__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1494 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1494)));
    testbench__DOT__dut__DOT__tmp2766 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h4ae01055__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1493 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1493)));
    testbench__DOT__dut__DOT__tmp2715 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h34236b75__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1492 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1492)));
    testbench__DOT__dut__DOT__tmp2664 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h990864ad__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1491 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1491)));
    testbench__DOT__dut__DOT__tmp2613 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h0a017a59__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1490 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1490)));
    testbench__DOT__dut__DOT__tmp2562 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h3a6e1873__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1489 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1489)));
    testbench__DOT__dut__DOT__tmp2511 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hb7b925e5__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1488 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1488)));
    testbench__DOT__dut__DOT__tmp2460 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hfad7ecdf__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1487 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1487)));
    testbench__DOT__dut__DOT__tmp2409 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h539b91c3__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1486 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1486)));
    testbench__DOT__dut__DOT__tmp2358 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hff56744b__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1485 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1485)));
    testbench__DOT__dut__DOT__tmp2307 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hec88e46f__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1484 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1484)));
    testbench__DOT__dut__DOT__tmp2256 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h1eea50ee__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1483 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1483)));
    testbench__DOT__dut__DOT__tmp2205 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hdb49b3bb__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1482 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1482)));
    testbench__DOT__dut__DOT__tmp2154 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h4ad45f03__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1481 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1481)));
    testbench__DOT__dut__DOT__tmp2103 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_had2aa001__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1480 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1480)));
    testbench__DOT__dut__DOT__tmp2052 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h490444a6__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1479 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1479)));
    testbench__DOT__dut__DOT__tmp2001 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hf62f024b__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1478 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1478)));
    testbench__DOT__dut__DOT__tmp1950 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h3e7ad422__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1477 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1477)));
    testbench__DOT__dut__DOT__tmp1899 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h4880108c__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1476 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1476)));
    testbench__DOT__dut__DOT__tmp1848 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h8181bf4c__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1475 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1475)));
    testbench__DOT__dut__DOT__tmp1797 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h3726fe0f__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1474 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1474)));
    testbench__DOT__dut__DOT__tmp1746 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hb08c758b__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1473 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1473)));
    testbench__DOT__dut__DOT__tmp1695 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h32e6cc0b__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1472 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1472)));
    testbench__DOT__dut__DOT__tmp1644 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h9ab2d45e__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1471 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1471)));
    testbench__DOT__dut__DOT__tmp1593 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h93a71b43__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1470 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1470)));
    testbench__DOT__dut__DOT__tmp1542 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h8fbc7cd4__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1469 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1469)));
    vlSelf->testbench__DOT__dut__DOT__tmp779 = ((2U 
                                                 != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                                & (IData)(testbench__DOT__dut__DOT__tmp775));
    vlSelf->testbench__DOT__dut__DOT__tmp776 = ((IData)(testbench__DOT__dut__DOT__tmp775) 
                                                & (2U 
                                                   == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)));
    vlSelf->testbench__DOT__dut__DOT__s0_emit_advance 
        = ((1U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
           & (0U == ((~ vlSelf->testbench__DOT__dut__DOT__tmp3192) 
                     & testbench__DOT__dut__DOT__tmp3187)));
    testbench__DOT__dut__DOT____VdfgTmp_h54e9c5ec__0 
        = (IData)((0U != (0xc0000000U & vlSelf->testbench__DOT__dut__DOT__tmp3192)));
    testbench__DOT__dut__DOT__tmp3641 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hb487e700__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3629) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3629 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3692 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hfff6c4ad__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3680) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3680 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3743 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hcd4962cd__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3731) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3731 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3794 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h58550490__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3782) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3782 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3845 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h49c11088__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3833) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3833 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3896 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h6d84fb04__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3884) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3884 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3947 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h90e10de2__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3935) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3935 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3998 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hc77b05f2__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3986) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3986 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp4049 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hb0aeb1c6__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp4037) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp4037 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp4100 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h16823d68__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp4088) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp4088 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3135 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hef919ee0__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp3123) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp3123 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp3084 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h8cb08588__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp3072) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp3072 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp3033 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h1fdba8be__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp3021) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp3021 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2982 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h79a70425__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2970) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2970 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2931 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hd853057c__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2919) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2919 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2880 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hec8df9cf__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2868) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2868 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2829 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h241d4bf6__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2817) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2817 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2778 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h4ae01055__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2766) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2766 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2727 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h34236b75__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2715) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2715 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2676 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h990864ad__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2664) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2664 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2625 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h0a017a59__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2613) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2613 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2574 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h3a6e1873__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2562) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2562 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2523 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hb7b925e5__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2511) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2511 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2472 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hfad7ecdf__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2460) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2460 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2421 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h539b91c3__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2409) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2409 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2370 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hff56744b__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2358) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2358 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2319 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hec88e46f__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2307) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2307 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2268 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h1eea50ee__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2256) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2256 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2217 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hdb49b3bb__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2205) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2205 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2166 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h4ad45f03__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2154) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2154 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2115 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_had2aa001__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2103) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2103 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2064 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h490444a6__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2052) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2052 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2013 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hf62f024b__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2001) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2001 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1962 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h3e7ad422__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1950) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1950 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1911 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h4880108c__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1899) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1899 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1860 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h8181bf4c__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1848) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1848 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1809 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h3726fe0f__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1797) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1797 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1758 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hb08c758b__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1746) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1746 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1707 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h32e6cc0b__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1695) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1695 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1656 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h9ab2d45e__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1644) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1644 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1605 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h93a71b43__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1593) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1593 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1554 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h8fbc7cd4__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1542) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1542 
                                                     >> 1U)))));
    if (vlSelf->testbench__DOT__dut__DOT__tmp776) {
        vlSelf->testbench__DOT__dut__DOT__tmp788 = 
            (1U & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half)));
        vlSelf->testbench__DOT__dut__DOT__tmp794 = vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half;
        vlSelf->testbench__DOT__dut__DOT__tmp784 = 0U;
    } else {
        vlSelf->testbench__DOT__dut__DOT__tmp788 = 0U;
        vlSelf->testbench__DOT__dut__DOT__tmp794 = 0U;
        vlSelf->testbench__DOT__dut__DOT__tmp784 = 
            (0x1ffU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr) 
                       + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp779)));
    }
    testbench__DOT__dut__DOT____VdfgTmp_hdc6cd5a5__0 
        = (1U & (IData)(((0U != (0x30000000U & vlSelf->testbench__DOT__dut__DOT__tmp3192)) 
                         | (IData)(testbench__DOT__dut__DOT____VdfgTmp_h54e9c5ec__0))));
    testbench__DOT__dut__DOT____VdfgTmp_h894d4302__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3641 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3641) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h73fed312__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3641 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3641)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h823f9c8e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3692 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3692) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h03dffa26__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3692 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3692)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_hca5f3bec__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3743 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3743) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h4e2ac420__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3743 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3743)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_hbe8b261a__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3794 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3794) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h6ffe034b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3794 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3794)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_hf6bb1695__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3845 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3845) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h7cc3768e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3845 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3845)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_hbe9e59de__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3896 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3896) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h3cde189a__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3896 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3896)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h06dd840c__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3947 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3947) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h22499d0f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3947 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3947)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h6b5bdc42__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3998 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3998) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h449cb9ec__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3998 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3998)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h97367c0d__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp4049 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp4049) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h0e5eca08__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp4049 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp4049)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h9a6f09de__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp4100 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp4100) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h161b74be__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp4100 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp4100)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h567d3126__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3135 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp3135) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_ha3f769af__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3135 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp3135)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h0b3a6dc8__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3084 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp3084) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h615e176f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3084 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp3084)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h94fdd270__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3033 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp3033) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_ha89d2ee7__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3033 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp3033)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hd3f5f6bc__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2982 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2982) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h7d550e04__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2982 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2982)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h2a07f1d0__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2931 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2931) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h19783f70__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2931 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2931)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h1ac73526__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2880 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2880) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h3128d19f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2880 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2880)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h1eb5a810__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2829 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2829) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hd9ebc61c__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2829 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2829)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h7308e2b4__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2778 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2778) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h7c67144d__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2778 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2778)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hbe971ee6__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2727 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2727) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h60ea6e3f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2727 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2727)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h0f5c752c__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2676 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2676) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h621aafd9__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2676 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2676)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_he6e48cec__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2625 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2625) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h7501db69__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2625 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2625)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h07e5364e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2574 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2574) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h0e5ee333__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2574 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2574)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h5c5923ce__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2523 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2523) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h0ab1625b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2523 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2523)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h53d71cce__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2472 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2472) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h369c4dcb__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2472 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2472)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h1000f092__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2421 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2421) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h6634e640__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2421 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2421)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h9e3999b2__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2370 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2370) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hc50a7655__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2370 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2370)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_heec8e306__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2319 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2319) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h2de16d9f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2319 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2319)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_heabb0ada__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2268 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2268) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_he5ff2680__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2268 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2268)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_had68d4d6__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2217 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2217) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h24553fd7__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2217 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2217)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h48125bce__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2166 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2166) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hc941de5b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2166 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2166)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hce80554e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2115 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2115) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h36b086b3__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2115 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2115)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h9d410d2e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2064 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2064) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h99e7687d__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2064 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2064)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h8b31c39a__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2013 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2013) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h51bdb730__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2013 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2013)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hf7e33a58__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1962 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1962) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_ha083ffe7__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1962 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1962)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hd6579d30__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1911 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1911) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h8006db6b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1911 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1911)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h76ea8232__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1860 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1860) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h6881cc10__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1860 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1860)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h498317ae__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1809 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1809) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hf9b7e643__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1809 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1809)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hec7a4b90__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1758 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1758) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h8689b79b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1758 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1758)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h10c39892__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1707 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1707) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h15203d85__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1707 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1707)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h875800dc__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1656 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1656) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hd2ddf30e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1656 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1656)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h52671e98__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1605 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1605) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h1e54a047__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1605 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1605)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h193e9a00__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1554 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1554) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hc87caf46__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1554 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1554)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hadeaa07c__0 
        = (1U & (IData)(((0U != (0xf000000U & vlSelf->testbench__DOT__dut__DOT__tmp3192)) 
                         | (IData)(testbench__DOT__dut__DOT____VdfgTmp_hdc6cd5a5__0))));
    vlSelf->testbench__DOT__dut__DOT__tmp3661 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h894d4302__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h73fed312__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3641)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3712 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h823f9c8e__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h03dffa26__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3692)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3763 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hca5f3bec__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h4e2ac420__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3743)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3814 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe8b261a__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6ffe034b__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3794)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3865 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf6bb1695__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7cc3768e__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3845)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3916 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe9e59de__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h3cde189a__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3896)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3967 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h06dd840c__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h22499d0f__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3947)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp4018 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6b5bdc42__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h449cb9ec__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3998)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp4069 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h97367c0d__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0e5eca08__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp4049)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp4120 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9a6f09de__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h161b74be__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp4100)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3155 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h567d3126__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha3f769af__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp3135)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3104 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0b3a6dc8__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h615e176f__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp3084)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3053 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h94fdd270__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha89d2ee7__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp3033)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3002 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd3f5f6bc__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7d550e04__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2982)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2951 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h2a07f1d0__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h19783f70__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2931)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2900 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1ac73526__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h3128d19f__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2880)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2849 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1eb5a810__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd9ebc61c__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2829)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2798 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7308e2b4__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7c67144d__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2778)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2747 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe971ee6__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h60ea6e3f__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2727)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2696 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0f5c752c__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h621aafd9__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2676)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2645 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he6e48cec__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7501db69__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2625)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2594 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h07e5364e__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0e5ee333__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2574)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2543 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h5c5923ce__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0ab1625b__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2523)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2492 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h53d71cce__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h369c4dcb__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2472)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2441 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1000f092__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6634e640__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2421)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2390 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9e3999b2__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc50a7655__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2370)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2339 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_heec8e306__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h2de16d9f__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2319)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2288 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_heabb0ada__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he5ff2680__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2268)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2237 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_had68d4d6__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h24553fd7__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2217)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2186 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h48125bce__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc941de5b__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2166)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2135 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hce80554e__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h36b086b3__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2115)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2084 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9d410d2e__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h99e7687d__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2064)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2033 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8b31c39a__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h51bdb730__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2013)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1982 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf7e33a58__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha083ffe7__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1962)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1931 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd6579d30__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8006db6b__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1911)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1880 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h76ea8232__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6881cc10__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1860)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1829 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h498317ae__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf9b7e643__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1809)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1778 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hec7a4b90__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8689b79b__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1758)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1727 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h10c39892__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h15203d85__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1707)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1676 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h875800dc__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd2ddf30e__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1656)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1625 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h52671e98__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1e54a047__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1605)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1574 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h193e9a00__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc87caf46__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1554)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__s1_in_push_c 
        = ((2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))
            ? 0U : (0x7fU & ((0xfffU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc) 
                                        << 5U)) + (
                                                   (0x10U 
                                                    & ((IData)(
                                                               ((0U 
                                                                 != 
                                                                 (0xff0000U 
                                                                  & vlSelf->testbench__DOT__dut__DOT__tmp3192)) 
                                                                | (IData)(testbench__DOT__dut__DOT____VdfgTmp_hadeaa07c__0))) 
                                                       << 4U)) 
                                                   | ((8U 
                                                       & ((IData)(
                                                                  ((0U 
                                                                    != 
                                                                    (0xff00U 
                                                                     & vlSelf->testbench__DOT__dut__DOT__tmp3192)) 
                                                                   | (IData)(testbench__DOT__dut__DOT____VdfgTmp_hadeaa07c__0))) 
                                                          << 3U)) 
                                                      | ((4U 
                                                          & ((IData)(
                                                                     ((0U 
                                                                       != 
                                                                       (0xf0f0f0U 
                                                                        & vlSelf->testbench__DOT__dut__DOT__tmp3192)) 
                                                                      | (IData)(testbench__DOT__dut__DOT____VdfgTmp_hdc6cd5a5__0))) 
                                                             << 2U)) 
                                                         | ((2U 
                                                             & ((IData)(
                                                                        ((0U 
                                                                          != 
                                                                          (0xcccccccU 
                                                                           & vlSelf->testbench__DOT__dut__DOT__tmp3192)) 
                                                                         | (IData)(testbench__DOT__dut__DOT____VdfgTmp_h54e9c5ec__0))) 
                                                                << 1U)) 
                                                            | (IData)(
                                                                      (0U 
                                                                       != 
                                                                       (0xaaaaaaaaU 
                                                                        & vlSelf->testbench__DOT__dut__DOT__tmp3192))))))))));
    vlSelf->testbench__DOT__dut__DOT__tmp3669 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h894d4302__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h73fed312__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3641 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3661)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3720 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h823f9c8e__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h03dffa26__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3692 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3712)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3771 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hca5f3bec__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h4e2ac420__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3743 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3763)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3822 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe8b261a__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6ffe034b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3794 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3814)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3873 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf6bb1695__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7cc3768e__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3845 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3865)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3924 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe9e59de__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h3cde189a__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3896 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3916)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3975 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h06dd840c__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h22499d0f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3947 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3967)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp4026 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6b5bdc42__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h449cb9ec__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3998 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4018)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp4077 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h97367c0d__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0e5eca08__0) 
                                                          & (testbench__DOT__dut__DOT__tmp4049 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4069)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp4128 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9a6f09de__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h161b74be__0) 
                                                          & (testbench__DOT__dut__DOT__tmp4100 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4120)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3163 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h567d3126__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha3f769af__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3135 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp3155) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3112 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0b3a6dc8__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h615e176f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3084 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp3104) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3061 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h94fdd270__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha89d2ee7__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3033 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp3053) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3010 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd3f5f6bc__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7d550e04__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2982 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp3002) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2959 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h2a07f1d0__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h19783f70__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2931 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2951) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2908 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1ac73526__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h3128d19f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2880 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2900) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2857 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1eb5a810__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd9ebc61c__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2829 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2849) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2806 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7308e2b4__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7c67144d__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2778 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2798) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2755 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe971ee6__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h60ea6e3f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2727 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2747) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2704 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0f5c752c__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h621aafd9__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2676 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2696) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2653 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he6e48cec__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7501db69__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2625 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2645) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2602 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h07e5364e__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0e5ee333__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2574 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2594) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2551 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h5c5923ce__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0ab1625b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2523 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2543) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2500 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h53d71cce__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h369c4dcb__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2472 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2492) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2449 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1000f092__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6634e640__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2421 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2441) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2398 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9e3999b2__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc50a7655__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2370 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2390) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2347 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_heec8e306__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h2de16d9f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2319 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2339) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2296 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_heabb0ada__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he5ff2680__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2268 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2288) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2245 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_had68d4d6__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h24553fd7__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2217 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2237) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2194 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h48125bce__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc941de5b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2166 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2186) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2143 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hce80554e__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h36b086b3__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2115 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2135) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2092 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9d410d2e__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h99e7687d__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2064 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2084) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2041 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8b31c39a__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h51bdb730__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2013 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2033) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1990 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf7e33a58__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha083ffe7__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1962 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1982) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1939 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd6579d30__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8006db6b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1911 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1931) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1888 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h76ea8232__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6881cc10__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1860 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1880) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1837 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h498317ae__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf9b7e643__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1809 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1829) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1786 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hec7a4b90__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8689b79b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1758 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1778) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1735 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h10c39892__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h15203d85__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1707 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1727) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1684 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h875800dc__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd2ddf30e__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1656 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1676) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1633 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h52671e98__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1e54a047__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1605 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1625) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1582 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h193e9a00__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc87caf46__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1554 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1574) 
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
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        VL_RAND_RESET_W(256, vlSelf->testbench__DOT__dut__DOT__s0_weights[__Vi0]);
    }
    for (int __Vi0 = 0; __Vi0 < 4; ++__Vi0) {
        VL_RAND_RESET_W(672, vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vi0]);
    }
    for (int __Vi0 = 0; __Vi0 < 4; ++__Vi0) {
        VL_RAND_RESET_W(640, vlSelf->testbench__DOT__dut__DOT__s0_params[__Vi0]);
    }
    for (int __Vi0 = 0; __Vi0 < 4; ++__Vi0) {
        VL_RAND_RESET_W(640, vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vi0]);
    }
    for (int __Vi0 = 0; __Vi0 < 64; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s0_spikes[__Vi0] = VL_RAND_RESET_I(32);
    }
    for (int __Vi0 = 0; __Vi0 < 128; ++__Vi0) {
        VL_RAND_RESET_W(80, vlSelf->testbench__DOT__dut__DOT__s1_weights[__Vi0]);
    }
    for (int __Vi0 = 0; __Vi0 < 2; ++__Vi0) {
        VL_RAND_RESET_W(140, vlSelf->testbench__DOT__dut__DOT__s1_membranes[__Vi0]);
    }
    for (int __Vi0 = 0; __Vi0 < 2; ++__Vi0) {
        VL_RAND_RESET_W(130, vlSelf->testbench__DOT__dut__DOT__s1_params[__Vi0]);
    }
    for (int __Vi0 = 0; __Vi0 < 2; ++__Vi0) {
        vlSelf->testbench__DOT__dut__DOT__s1_counts[__Vi0] = VL_RAND_RESET_Q(40);
    }
    vlSelf->testbench__DOT__dut__DOT__s0_acc0 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc1 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc2 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc3 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc4 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc5 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc6 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc7 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc8 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc9 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc10 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc11 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc12 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc13 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc14 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc15 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc16 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc17 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc18 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc19 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc20 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc21 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc22 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc23 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc24 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc25 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc26 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc27 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc28 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc29 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc30 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__s0_acc31 = VL_RAND_RESET_I(20);
    VL_RAND_RESET_W(640, vlSelf->testbench__DOT__dut__DOT__s0_current_word);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_gc = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_raw = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_sent = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_slot = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_state = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_word = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_x = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_y = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_entry = VL_RAND_RESET_I(15);
    vlSelf->testbench__DOT__dut__DOT__s0_events = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_group = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__s0_in_count0 = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_in_count1 = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_in_full0 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_in_full1 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_issuing = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_k = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s0_p1_group = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__s0_p1_last = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p1_update = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p1_valid = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p2_group = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__s0_p2_last = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p2_update = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_p2_valid = VL_RAND_RESET_I(1);
    VL_RAND_RESET_W(640, vlSelf->testbench__DOT__dut__DOT__s0_param_word);
    vlSelf->testbench__DOT__dut__DOT__s0_pixel = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s0_rd_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_running = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_spike_slots_filled = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__s0_spike_write_slot = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s0_step = VL_RAND_RESET_I(3);
    VL_RAND_RESET_W(672, vlSelf->testbench__DOT__dut__DOT__s0_v_word);
    VL_RAND_RESET_W(256, vlSelf->testbench__DOT__dut__DOT__s0_weight_word);
    vlSelf->testbench__DOT__dut__DOT__s1_acc0 = VL_RAND_RESET_I(13);
    vlSelf->testbench__DOT__dut__DOT__s1_acc1 = VL_RAND_RESET_I(13);
    vlSelf->testbench__DOT__dut__DOT__s1_acc2 = VL_RAND_RESET_I(13);
    vlSelf->testbench__DOT__dut__DOT__s1_acc3 = VL_RAND_RESET_I(13);
    vlSelf->testbench__DOT__dut__DOT__s1_acc4 = VL_RAND_RESET_I(13);
    vlSelf->testbench__DOT__dut__DOT__s1_acc5 = VL_RAND_RESET_I(13);
    vlSelf->testbench__DOT__dut__DOT__s1_acc6 = VL_RAND_RESET_I(13);
    vlSelf->testbench__DOT__dut__DOT__s1_acc7 = VL_RAND_RESET_I(13);
    vlSelf->testbench__DOT__dut__DOT__s1_acc8 = VL_RAND_RESET_I(13);
    vlSelf->testbench__DOT__dut__DOT__s1_acc9 = VL_RAND_RESET_I(13);
    vlSelf->testbench__DOT__dut__DOT__s1_best = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__s1_best_index = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s1_count_word = VL_RAND_RESET_Q(40);
    vlSelf->testbench__DOT__dut__DOT__s1_entry = VL_RAND_RESET_I(9);
    vlSelf->testbench__DOT__dut__DOT__s1_events = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_group = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_in_count0 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_in_count1 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_in_full0 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_in_full1 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_issuing = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_k = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_out_lane = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s1_out_position = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__s1_out_state = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__s1_p1_group = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p1_last = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p1_update = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p1_valid = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p2_group = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p2_last = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p2_update = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_p2_valid = VL_RAND_RESET_I(1);
    VL_RAND_RESET_W(130, vlSelf->testbench__DOT__dut__DOT__s1_param_word);
    vlSelf->testbench__DOT__dut__DOT__s1_rd_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_running = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_step = VL_RAND_RESET_I(3);
    VL_RAND_RESET_W(140, vlSelf->testbench__DOT__dut__DOT__s1_v_word);
    VL_RAND_RESET_W(80, vlSelf->testbench__DOT__dut__DOT__s1_weight_word);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_advance = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s1_in_push_c = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__s1_in_push_eos = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp747 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp750 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp755 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__tmp759 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp765 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp776 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp779 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp784 = VL_RAND_RESET_I(9);
    vlSelf->testbench__DOT__dut__DOT__tmp788 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp794 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp800 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp810 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp814 = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__tmp826 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp827 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp839 = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__tmp846 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__tmp919 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp920 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp962 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp967 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp977 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp982 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp992 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp997 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1007 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1012 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1022 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1027 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1037 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1042 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1052 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1057 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1067 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1072 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1082 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1087 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1097 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1102 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1112 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1117 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1127 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1132 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1142 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1147 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1157 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1162 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1172 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1177 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1187 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1192 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1202 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1207 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1217 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1222 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1232 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1237 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1247 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1252 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1262 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1267 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1277 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1282 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1292 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1297 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1307 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1312 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1322 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1327 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1337 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1342 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1352 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1357 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1367 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1372 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1382 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1387 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1397 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1402 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1412 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1417 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1427 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1432 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1574 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1582 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1625 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1633 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1676 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1684 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1727 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1735 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1778 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1786 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1829 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1837 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1880 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1888 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1931 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1939 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1982 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1990 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2033 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2041 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2084 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2092 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2135 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2143 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2186 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2194 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2237 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2245 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2288 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2296 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2339 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2347 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2390 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2398 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2441 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2449 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2492 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2500 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2543 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2551 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2594 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2602 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2645 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2653 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2696 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2704 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2747 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2755 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2798 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2806 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2849 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2857 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2900 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2908 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2951 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2959 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3002 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp3010 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3053 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp3061 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3104 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp3112 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3155 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp3163 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3169 = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__tmp3176 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3192 = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__dut__DOT__tmp3200 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3201 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3202 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3206 = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__tmp3212 = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__tmp3219 = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__tmp3227 = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__tmp3239 = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__tmp3260 = VL_RAND_RESET_I(7);
    vlSelf->testbench__DOT__dut__DOT__tmp3431 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3438 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3442 = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__tmp3454 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3455 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3467 = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__tmp3474 = VL_RAND_RESET_I(9);
    vlSelf->testbench__DOT__dut__DOT__tmp3502 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3518 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3519 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3532 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3540 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3548 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3556 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3564 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3572 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3580 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3588 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3596 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3604 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3661 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3669 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3712 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3720 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3763 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3771 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3814 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3822 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3865 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3873 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3916 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3924 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3967 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3975 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4018 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp4026 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4069 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp4077 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4120 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp4128 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4195 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4236 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4247 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4250 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4253 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4259 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4267 = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__tmp4283 = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__tmp4292 = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0 = 0;
    vlSelf->__Vtrigrprev__TOP__testbench__DOT__clk = VL_RAND_RESET_I(1);
}
