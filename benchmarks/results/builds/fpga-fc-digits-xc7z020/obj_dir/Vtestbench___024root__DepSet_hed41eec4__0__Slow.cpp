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
    CData/*0:0*/ testbench__DOT__dut__DOT__tmp604;
    testbench__DOT__dut__DOT__tmp604 = 0;
    CData/*0:0*/ testbench__DOT__dut__DOT__tmp633;
    testbench__DOT__dut__DOT__tmp633 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp816;
    testbench__DOT__dut__DOT__tmp816 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp831;
    testbench__DOT__dut__DOT__tmp831 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp846;
    testbench__DOT__dut__DOT__tmp846 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp861;
    testbench__DOT__dut__DOT__tmp861 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp876;
    testbench__DOT__dut__DOT__tmp876 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp891;
    testbench__DOT__dut__DOT__tmp891 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp906;
    testbench__DOT__dut__DOT__tmp906 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp921;
    testbench__DOT__dut__DOT__tmp921 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp936;
    testbench__DOT__dut__DOT__tmp936 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp951;
    testbench__DOT__dut__DOT__tmp951 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp966;
    testbench__DOT__dut__DOT__tmp966 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp981;
    testbench__DOT__dut__DOT__tmp981 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp996;
    testbench__DOT__dut__DOT__tmp996 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1011;
    testbench__DOT__dut__DOT__tmp1011 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1026;
    testbench__DOT__dut__DOT__tmp1026 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1041;
    testbench__DOT__dut__DOT__tmp1041 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1056;
    testbench__DOT__dut__DOT__tmp1056 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1071;
    testbench__DOT__dut__DOT__tmp1071 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1086;
    testbench__DOT__dut__DOT__tmp1086 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1101;
    testbench__DOT__dut__DOT__tmp1101 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1116;
    testbench__DOT__dut__DOT__tmp1116 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1131;
    testbench__DOT__dut__DOT__tmp1131 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1146;
    testbench__DOT__dut__DOT__tmp1146 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1161;
    testbench__DOT__dut__DOT__tmp1161 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1176;
    testbench__DOT__dut__DOT__tmp1176 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1191;
    testbench__DOT__dut__DOT__tmp1191 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1206;
    testbench__DOT__dut__DOT__tmp1206 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1221;
    testbench__DOT__dut__DOT__tmp1221 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1236;
    testbench__DOT__dut__DOT__tmp1236 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1251;
    testbench__DOT__dut__DOT__tmp1251 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1266;
    testbench__DOT__dut__DOT__tmp1266 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp1281;
    testbench__DOT__dut__DOT__tmp1281 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1327;
    testbench__DOT__dut__DOT__tmp1327 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1328;
    testbench__DOT__dut__DOT__tmp1328 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1329;
    testbench__DOT__dut__DOT__tmp1329 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1330;
    testbench__DOT__dut__DOT__tmp1330 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1331;
    testbench__DOT__dut__DOT__tmp1331 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1332;
    testbench__DOT__dut__DOT__tmp1332 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1333;
    testbench__DOT__dut__DOT__tmp1333 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1334;
    testbench__DOT__dut__DOT__tmp1334 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1335;
    testbench__DOT__dut__DOT__tmp1335 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1336;
    testbench__DOT__dut__DOT__tmp1336 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1337;
    testbench__DOT__dut__DOT__tmp1337 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1338;
    testbench__DOT__dut__DOT__tmp1338 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1339;
    testbench__DOT__dut__DOT__tmp1339 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1340;
    testbench__DOT__dut__DOT__tmp1340 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1341;
    testbench__DOT__dut__DOT__tmp1341 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1342;
    testbench__DOT__dut__DOT__tmp1342 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1343;
    testbench__DOT__dut__DOT__tmp1343 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1344;
    testbench__DOT__dut__DOT__tmp1344 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1345;
    testbench__DOT__dut__DOT__tmp1345 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1346;
    testbench__DOT__dut__DOT__tmp1346 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1347;
    testbench__DOT__dut__DOT__tmp1347 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1348;
    testbench__DOT__dut__DOT__tmp1348 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1349;
    testbench__DOT__dut__DOT__tmp1349 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1350;
    testbench__DOT__dut__DOT__tmp1350 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1351;
    testbench__DOT__dut__DOT__tmp1351 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1352;
    testbench__DOT__dut__DOT__tmp1352 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1353;
    testbench__DOT__dut__DOT__tmp1353 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1354;
    testbench__DOT__dut__DOT__tmp1354 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1355;
    testbench__DOT__dut__DOT__tmp1355 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1356;
    testbench__DOT__dut__DOT__tmp1356 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1357;
    testbench__DOT__dut__DOT__tmp1357 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1358;
    testbench__DOT__dut__DOT__tmp1358 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1400;
    testbench__DOT__dut__DOT__tmp1400 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1412;
    testbench__DOT__dut__DOT__tmp1412 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1451;
    testbench__DOT__dut__DOT__tmp1451 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1463;
    testbench__DOT__dut__DOT__tmp1463 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1502;
    testbench__DOT__dut__DOT__tmp1502 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1514;
    testbench__DOT__dut__DOT__tmp1514 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1553;
    testbench__DOT__dut__DOT__tmp1553 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1565;
    testbench__DOT__dut__DOT__tmp1565 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1604;
    testbench__DOT__dut__DOT__tmp1604 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1616;
    testbench__DOT__dut__DOT__tmp1616 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1655;
    testbench__DOT__dut__DOT__tmp1655 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1667;
    testbench__DOT__dut__DOT__tmp1667 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1706;
    testbench__DOT__dut__DOT__tmp1706 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1718;
    testbench__DOT__dut__DOT__tmp1718 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1757;
    testbench__DOT__dut__DOT__tmp1757 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1769;
    testbench__DOT__dut__DOT__tmp1769 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1808;
    testbench__DOT__dut__DOT__tmp1808 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1820;
    testbench__DOT__dut__DOT__tmp1820 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1859;
    testbench__DOT__dut__DOT__tmp1859 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1871;
    testbench__DOT__dut__DOT__tmp1871 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1910;
    testbench__DOT__dut__DOT__tmp1910 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1922;
    testbench__DOT__dut__DOT__tmp1922 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1961;
    testbench__DOT__dut__DOT__tmp1961 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1973;
    testbench__DOT__dut__DOT__tmp1973 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2012;
    testbench__DOT__dut__DOT__tmp2012 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2024;
    testbench__DOT__dut__DOT__tmp2024 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2063;
    testbench__DOT__dut__DOT__tmp2063 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2075;
    testbench__DOT__dut__DOT__tmp2075 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2114;
    testbench__DOT__dut__DOT__tmp2114 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2126;
    testbench__DOT__dut__DOT__tmp2126 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2165;
    testbench__DOT__dut__DOT__tmp2165 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2177;
    testbench__DOT__dut__DOT__tmp2177 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2216;
    testbench__DOT__dut__DOT__tmp2216 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2228;
    testbench__DOT__dut__DOT__tmp2228 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2267;
    testbench__DOT__dut__DOT__tmp2267 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2279;
    testbench__DOT__dut__DOT__tmp2279 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2318;
    testbench__DOT__dut__DOT__tmp2318 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2330;
    testbench__DOT__dut__DOT__tmp2330 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2369;
    testbench__DOT__dut__DOT__tmp2369 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2381;
    testbench__DOT__dut__DOT__tmp2381 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2420;
    testbench__DOT__dut__DOT__tmp2420 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2432;
    testbench__DOT__dut__DOT__tmp2432 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2471;
    testbench__DOT__dut__DOT__tmp2471 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2483;
    testbench__DOT__dut__DOT__tmp2483 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2522;
    testbench__DOT__dut__DOT__tmp2522 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2534;
    testbench__DOT__dut__DOT__tmp2534 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2573;
    testbench__DOT__dut__DOT__tmp2573 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2585;
    testbench__DOT__dut__DOT__tmp2585 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2624;
    testbench__DOT__dut__DOT__tmp2624 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2636;
    testbench__DOT__dut__DOT__tmp2636 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2675;
    testbench__DOT__dut__DOT__tmp2675 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2687;
    testbench__DOT__dut__DOT__tmp2687 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2726;
    testbench__DOT__dut__DOT__tmp2726 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2738;
    testbench__DOT__dut__DOT__tmp2738 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2777;
    testbench__DOT__dut__DOT__tmp2777 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2789;
    testbench__DOT__dut__DOT__tmp2789 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2828;
    testbench__DOT__dut__DOT__tmp2828 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2840;
    testbench__DOT__dut__DOT__tmp2840 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2879;
    testbench__DOT__dut__DOT__tmp2879 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2891;
    testbench__DOT__dut__DOT__tmp2891 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2930;
    testbench__DOT__dut__DOT__tmp2930 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2942;
    testbench__DOT__dut__DOT__tmp2942 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2981;
    testbench__DOT__dut__DOT__tmp2981 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2993;
    testbench__DOT__dut__DOT__tmp2993 = 0;
    IData/*31:0*/ testbench__DOT__dut__DOT__tmp3042;
    testbench__DOT__dut__DOT__tmp3042 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3399;
    testbench__DOT__dut__DOT__tmp3399 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3407;
    testbench__DOT__dut__DOT__tmp3407 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3415;
    testbench__DOT__dut__DOT__tmp3415 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3423;
    testbench__DOT__dut__DOT__tmp3423 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3431;
    testbench__DOT__dut__DOT__tmp3431 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3439;
    testbench__DOT__dut__DOT__tmp3439 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3447;
    testbench__DOT__dut__DOT__tmp3447 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3455;
    testbench__DOT__dut__DOT__tmp3455 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3463;
    testbench__DOT__dut__DOT__tmp3463 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3471;
    testbench__DOT__dut__DOT__tmp3471 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3492;
    testbench__DOT__dut__DOT__tmp3492 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3504;
    testbench__DOT__dut__DOT__tmp3504 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3543;
    testbench__DOT__dut__DOT__tmp3543 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3555;
    testbench__DOT__dut__DOT__tmp3555 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3594;
    testbench__DOT__dut__DOT__tmp3594 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3606;
    testbench__DOT__dut__DOT__tmp3606 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3645;
    testbench__DOT__dut__DOT__tmp3645 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3657;
    testbench__DOT__dut__DOT__tmp3657 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3696;
    testbench__DOT__dut__DOT__tmp3696 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3708;
    testbench__DOT__dut__DOT__tmp3708 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3747;
    testbench__DOT__dut__DOT__tmp3747 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3759;
    testbench__DOT__dut__DOT__tmp3759 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3798;
    testbench__DOT__dut__DOT__tmp3798 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3810;
    testbench__DOT__dut__DOT__tmp3810 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3849;
    testbench__DOT__dut__DOT__tmp3849 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3861;
    testbench__DOT__dut__DOT__tmp3861 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3900;
    testbench__DOT__dut__DOT__tmp3900 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3912;
    testbench__DOT__dut__DOT__tmp3912 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3951;
    testbench__DOT__dut__DOT__tmp3951 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3963;
    testbench__DOT__dut__DOT__tmp3963 = 0;
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
    vlSelf->testbench__DOT__dut__DOT__tmp3057 = (3U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word));
    vlSelf->testbench__DOT__dut__DOT__tmp3055 = (3U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc));
    vlSelf->testbench__DOT__dut__DOT__tmp3067 = (7U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_gc)));
    vlSelf->testbench__DOT__dut__DOT__s1_in_push_eos 
        = (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state));
    vlSelf->testbench__DOT__dut__DOT__tmp3061 = (7U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_word)));
    vlSelf->testbench__DOT__dut__DOT__tmp704 = (0xffU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k)));
    vlSelf->testbench__DOT__dut__DOT__tmp672 = (0xfU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp3337 = (0x1ffU 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k)));
    vlSelf->testbench__DOT__dut__DOT__tmp4113 = (1U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state));
    vlSelf->testbench__DOT__dut__DOT__tmp4099 = (2U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state));
    vlSelf->testbench__DOT__dut__DOT__tmp4116 = (9U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position));
    vlSelf->testbench__DOT__dut__DOT__tmp4122 = (9U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane));
    vlSelf->testbench__DOT__dut__DOT__tmp4130 = (3U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg)));
    vlSelf->testbench__DOT__dut__DOT__tmp4155 = (0x1fU 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)));
    vlSelf->testbench__DOT__dut__DOT__tmp4146 = (0x1fU 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)));
    vlSelf->testbench__DOT__dut__DOT__tmp3305 = (0xfU 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp3056 = (1U 
                                                 & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)));
    vlSelf->testbench__DOT__dut__DOT__tmp3074 = (3U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_x)));
    vlSelf->testbench__DOT__dut__DOT__tmp3082 = (3U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_y)));
    vlSelf->testbench__DOT__dut__DOT__tmp685 = (3U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group));
    vlSelf->testbench__DOT__dut__DOT__tmp697 = (7U 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp3318 = (1U 
                                                 & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp3330 = (3U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp777 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_update)) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp778 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_update) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp684 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_events) 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k));
    vlSelf->testbench__DOT__dut__DOT__tmp3381 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_update)) 
                                                 & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp3395 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3382 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_update) 
                                                 & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp3403 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3411 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3419 = (0x3fffU 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc3) 
                                                    + 
                                                    ((0x1f00U 
                                                      & ((- (IData)(
                                                                    (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[0U] 
                                                                     >> 0x1fU))) 
                                                         << 8U)) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[0U] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp3427 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3435 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3443 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3451 = (0x3fffU 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc7) 
                                                    + 
                                                    ((0x1f00U 
                                                      & ((- (IData)(
                                                                    (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[1U] 
                                                                     >> 0x1fU))) 
                                                         << 8U)) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[1U] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp3459 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3467 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3317 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_events) 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k));
    vlSelf->testbench__DOT__dut__DOT__tmp3365 = ((0U 
                                                  != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))
                                                  ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg)
                                                  : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_group));
    vlSelf->testbench__DOT__dut__DOT__tmp3301 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_running)) 
                                                 & ((0U 
                                                     == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)) 
                                                    & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half)
                                                        ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1)
                                                        : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0))));
    vlSelf->testbench__DOT__dut__DOT__tmp658 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_last) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp3294 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_last) 
                                                 & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    testbench__DOT__dut__DOT__tmp816 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp831 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp846 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp861 = (0x3ffffffffULL 
                                        & ((QData)((IData)(
                                                           ((0x1ff00U 
                                                             & ((- (IData)(
                                                                           (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[0U] 
                                                                            >> 0x1fU))) 
                                                                << 8U)) 
                                                            | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[0U] 
                                                               >> 0x18U)))) 
                                           * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp876 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp891 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp906 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp921 = (0x3ffffffffULL 
                                        & ((QData)((IData)(
                                                           ((0x1ff00U 
                                                             & ((- (IData)(
                                                                           (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[1U] 
                                                                            >> 0x1fU))) 
                                                                << 8U)) 
                                                            | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[1U] 
                                                               >> 0x18U)))) 
                                           * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp936 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp951 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp966 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp981 = (0x3ffffffffULL 
                                        & ((QData)((IData)(
                                                           ((0x1ff00U 
                                                             & ((- (IData)(
                                                                           (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[2U] 
                                                                            >> 0x1fU))) 
                                                                << 8U)) 
                                                            | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[2U] 
                                                               >> 0x18U)))) 
                                           * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp996 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1011 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1026 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1041 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[3U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[3U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1056 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1071 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1086 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1101 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[4U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[4U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1116 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1131 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1146 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1161 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[5U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[5U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1176 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1191 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1206 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1221 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[6U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[6U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1236 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1251 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1266 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1281 = (0x3ffffffffULL 
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
    vlSelf->testbench__DOT__dut__DOT__tmp668 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_running)) 
                                                & ((~ 
                                                    ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half)
                                                      ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full1)
                                                      : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full0))) 
                                                   & ((0U 
                                                       != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                                      | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half)
                                                          ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                                          : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0)))));
    testbench__DOT__dut__DOT__tmp604 = ((~ ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)
                                             ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                             : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0))) 
                                        & (IData)(vlSelf->testbench__DOT__in_valid));
    testbench__DOT__dut__DOT__s1_in_push_ready = (1U 
                                                  & (~ 
                                                     ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half)
                                                       ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1)
                                                       : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0))));
    testbench__DOT__dut__DOT__tmp3399 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc0) 
                                          + (0x1fffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s1_param_word[0U])));
    testbench__DOT__dut__DOT__tmp3407 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc1) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[0U] 
                                                >> 0xdU))));
    testbench__DOT__dut__DOT__tmp3415 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc2) 
                                          + (0x1fffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s1_param_word[1U] 
                                                 << 6U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s1_param_word[0U] 
                                                   >> 0x1aU)))));
    testbench__DOT__dut__DOT__tmp3423 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc3) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[1U] 
                                                >> 7U))));
    testbench__DOT__dut__DOT__tmp3431 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc4) 
                                          + (0x1fffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s1_param_word[2U] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s1_param_word[1U] 
                                                   >> 0x14U)))));
    testbench__DOT__dut__DOT__tmp3439 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc5) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[2U] 
                                                >> 1U))));
    testbench__DOT__dut__DOT__tmp3447 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc6) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[2U] 
                                                >> 0xeU))));
    testbench__DOT__dut__DOT__tmp3455 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc7) 
                                          + (0x1fffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s1_param_word[3U] 
                                                 << 5U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s1_param_word[2U] 
                                                   >> 0x1bU)))));
    testbench__DOT__dut__DOT__tmp3463 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc8) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[3U] 
                                                >> 8U))));
    testbench__DOT__dut__DOT__tmp3471 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc9) 
                                          + (0x1fffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s1_param_word[4U] 
                                                 << 0xbU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s1_param_word[3U] 
                                                   >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1290 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc31 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x13U] 
                                                      << 0x14U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x13U] 
                                                        >> 0xcU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1275 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc30 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x13U] 
                                                      << 8U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x12U] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1260 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc29 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x12U] 
                                                      << 0x1cU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x12U] 
                                                        >> 4U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1245 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc28 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x12U] 
                                                      << 0x10U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x11U] 
                                                        >> 0x10U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1230 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc27 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x11U] 
                                                      << 4U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x10U] 
                                                        >> 0x1cU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1215 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc26 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x10U] 
                                                      << 0x18U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x10U] 
                                                        >> 8U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1200 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc25 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x10U] 
                                                      << 0xcU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xfU] 
                                                        >> 0x14U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1185 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc24 
                                                    + 
                                                    vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xfU]));
    vlSelf->testbench__DOT__dut__DOT__tmp1170 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc23 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xeU] 
                                                      << 0x14U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xeU] 
                                                        >> 0xcU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1155 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc22 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xeU] 
                                                      << 8U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xdU] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1140 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc21 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xdU] 
                                                      << 0x1cU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xdU] 
                                                        >> 4U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1125 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc20 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xdU] 
                                                      << 0x10U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xcU] 
                                                        >> 0x10U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1110 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc19 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xcU] 
                                                      << 4U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xbU] 
                                                        >> 0x1cU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1095 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc18 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xbU] 
                                                      << 0x18U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xbU] 
                                                        >> 8U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1080 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc17 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xbU] 
                                                      << 0xcU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xaU] 
                                                        >> 0x14U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1065 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc16 
                                                    + 
                                                    vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xaU]));
    vlSelf->testbench__DOT__dut__DOT__tmp1050 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc15 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[9U] 
                                                      << 0x14U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[9U] 
                                                        >> 0xcU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1035 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc14 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[9U] 
                                                      << 8U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[8U] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1020 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc13 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[8U] 
                                                      << 0x1cU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[8U] 
                                                        >> 4U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1005 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc12 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[8U] 
                                                      << 0x10U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[7U] 
                                                        >> 0x10U))));
    vlSelf->testbench__DOT__dut__DOT__tmp990 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc11 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[7U] 
                                                     << 4U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[6U] 
                                                       >> 0x1cU))));
    vlSelf->testbench__DOT__dut__DOT__tmp975 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc10 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[6U] 
                                                     << 0x18U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[6U] 
                                                       >> 8U))));
    vlSelf->testbench__DOT__dut__DOT__tmp960 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc9 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[6U] 
                                                     << 0xcU) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[5U] 
                                                       >> 0x14U))));
    vlSelf->testbench__DOT__dut__DOT__tmp945 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc8 
                                                   + 
                                                   vlSelf->testbench__DOT__dut__DOT__s0_param_word[5U]));
    vlSelf->testbench__DOT__dut__DOT__tmp930 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc7 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[4U] 
                                                     << 0x14U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[4U] 
                                                       >> 0xcU))));
    vlSelf->testbench__DOT__dut__DOT__tmp915 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc6 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[4U] 
                                                     << 8U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[3U] 
                                                       >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp900 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc5 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[3U] 
                                                     << 0x1cU) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[3U] 
                                                       >> 4U))));
    vlSelf->testbench__DOT__dut__DOT__tmp885 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc4 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[3U] 
                                                     << 0x10U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[2U] 
                                                       >> 0x10U))));
    vlSelf->testbench__DOT__dut__DOT__tmp870 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc3 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[2U] 
                                                     << 4U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[1U] 
                                                       >> 0x1cU))));
    vlSelf->testbench__DOT__dut__DOT__tmp855 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc2 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[1U] 
                                                     << 0x18U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[1U] 
                                                       >> 8U))));
    vlSelf->testbench__DOT__dut__DOT__tmp840 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc1 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[1U] 
                                                     << 0xcU) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0U] 
                                                       >> 0x14U))));
    vlSelf->testbench__DOT__dut__DOT__tmp825 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                                                   + 
                                                   vlSelf->testbench__DOT__dut__DOT__s0_param_word[0U]));
    testbench__DOT__dut__DOT__tmp3042 = ((~ vlSelf->testbench__DOT__dut__DOT__s0_emit_sent) 
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
    vlSelf->testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0 
        = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp658) 
           & (0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp4058 = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3294) 
                                                 & (7U 
                                                    == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp820 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp816 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp816)))));
    vlSelf->testbench__DOT__dut__DOT__tmp835 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc1 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp831 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp831)))));
    vlSelf->testbench__DOT__dut__DOT__tmp850 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc2 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp846 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp846)))));
    vlSelf->testbench__DOT__dut__DOT__tmp865 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc3 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp861 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp861)))));
    vlSelf->testbench__DOT__dut__DOT__tmp880 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc4 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp876 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp876)))));
    vlSelf->testbench__DOT__dut__DOT__tmp895 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc5 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp891 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp891)))));
    vlSelf->testbench__DOT__dut__DOT__tmp910 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc6 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp906 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp906)))));
    vlSelf->testbench__DOT__dut__DOT__tmp925 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc7 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp921 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp921)))));
    vlSelf->testbench__DOT__dut__DOT__tmp940 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc8 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp936 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp936)))));
    vlSelf->testbench__DOT__dut__DOT__tmp955 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc9 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp951 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp951)))));
    vlSelf->testbench__DOT__dut__DOT__tmp970 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc10 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp966 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp966)))));
    vlSelf->testbench__DOT__dut__DOT__tmp985 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc11 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp981 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp981)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1000 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc12 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp996 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp996)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1015 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc13 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1011 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1011)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1030 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc14 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1026 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1026)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1045 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc15 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1041 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1041)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1060 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc16 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1056 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1056)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1075 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc17 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1071 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1071)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1090 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc18 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1086 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1086)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1105 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc19 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1101 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1101)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1120 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc20 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1116 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1116)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1135 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc21 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1131 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1131)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1150 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc22 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1146 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1146)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1165 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc23 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1161 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1161)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1180 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc24 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1176 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1176)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1195 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc25 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1191 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1191)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1210 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc26 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1206 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1206)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1225 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc27 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1221 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1221)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1240 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc28 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1236 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1236)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1255 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc29 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1251 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1251)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1270 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc30 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1266 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1266)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1285 = (0x1fffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc31 
                                                    + 
                                                    ((0xe0000U 
                                                      & ((- (IData)(
                                                                    (1U 
                                                                     & (IData)(
                                                                               (testbench__DOT__dut__DOT__tmp1281 
                                                                                >> 0x10U))))) 
                                                         << 0x11U)) 
                                                     | (0x1ffffU 
                                                        & (IData)(testbench__DOT__dut__DOT__tmp1281)))));
    vlSelf->testbench__DOT__dut__DOT__tmp4110 = ((2U 
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
    vlSelf->testbench__DOT__dut__DOT__tmp608 = ((~ (IData)(vlSelf->testbench__DOT__in_eos)) 
                                                & (IData)(testbench__DOT__dut__DOT__tmp604));
    vlSelf->testbench__DOT__dut__DOT__tmp605 = ((IData)(testbench__DOT__dut__DOT__tmp604) 
                                                & (IData)(vlSelf->testbench__DOT__in_eos));
    vlSelf->testbench__DOT__dut__DOT__tmp3031 = ((0U 
                                                  == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                                 & ((IData)(testbench__DOT__dut__DOT__s1_in_push_ready) 
                                                    & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_half)
                                                        ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full1)
                                                        : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full0))));
    if ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))) {
        testbench__DOT__dut__DOT__tmp1358 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1290);
        testbench__DOT__dut__DOT__tmp1357 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1275);
        testbench__DOT__dut__DOT__tmp1356 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1260);
        testbench__DOT__dut__DOT__tmp1355 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1245);
        testbench__DOT__dut__DOT__tmp1354 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1230);
        testbench__DOT__dut__DOT__tmp1353 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1215);
        testbench__DOT__dut__DOT__tmp1352 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1200);
        testbench__DOT__dut__DOT__tmp1351 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1185);
        testbench__DOT__dut__DOT__tmp1350 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1170);
        testbench__DOT__dut__DOT__tmp1349 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1155);
        testbench__DOT__dut__DOT__tmp1348 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1140);
        testbench__DOT__dut__DOT__tmp1347 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1125);
        testbench__DOT__dut__DOT__tmp1346 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1110);
        testbench__DOT__dut__DOT__tmp1345 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1095);
        testbench__DOT__dut__DOT__tmp1344 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1080);
        testbench__DOT__dut__DOT__tmp1343 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1065);
        testbench__DOT__dut__DOT__tmp1342 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1050);
        testbench__DOT__dut__DOT__tmp1341 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1035);
        testbench__DOT__dut__DOT__tmp1340 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1020);
        testbench__DOT__dut__DOT__tmp1339 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1005);
        testbench__DOT__dut__DOT__tmp1338 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp990);
        testbench__DOT__dut__DOT__tmp1337 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp975);
        testbench__DOT__dut__DOT__tmp1336 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp960);
        testbench__DOT__dut__DOT__tmp1335 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp945);
        testbench__DOT__dut__DOT__tmp1334 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp930);
        testbench__DOT__dut__DOT__tmp1333 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp915);
        testbench__DOT__dut__DOT__tmp1332 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp900);
        testbench__DOT__dut__DOT__tmp1331 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp885);
        testbench__DOT__dut__DOT__tmp1330 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp870);
        testbench__DOT__dut__DOT__tmp1329 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp855);
        testbench__DOT__dut__DOT__tmp1328 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp840);
        testbench__DOT__dut__DOT__tmp1327 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp825);
    } else {
        testbench__DOT__dut__DOT__tmp1358 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x13U] 
                                                 << 0x14U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x13U] 
                                                   >> 0xcU)));
        testbench__DOT__dut__DOT__tmp1357 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x13U] 
                                                 << 8U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x12U] 
                                                   >> 0x18U)));
        testbench__DOT__dut__DOT__tmp1356 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x12U] 
                                                 << 0x1cU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x12U] 
                                                   >> 4U)));
        testbench__DOT__dut__DOT__tmp1355 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x12U] 
                                                 << 0x10U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x11U] 
                                                   >> 0x10U)));
        testbench__DOT__dut__DOT__tmp1354 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x11U] 
                                                 << 4U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x10U] 
                                                   >> 0x1cU)));
        testbench__DOT__dut__DOT__tmp1353 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x10U] 
                                                 << 0x18U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x10U] 
                                                   >> 8U)));
        testbench__DOT__dut__DOT__tmp1352 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x10U] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xfU] 
                                                   >> 0x14U)));
        testbench__DOT__dut__DOT__tmp1351 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xfU]);
        testbench__DOT__dut__DOT__tmp1350 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xeU] 
                                                 << 0x14U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xeU] 
                                                   >> 0xcU)));
        testbench__DOT__dut__DOT__tmp1349 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xeU] 
                                                 << 8U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xdU] 
                                                   >> 0x18U)));
        testbench__DOT__dut__DOT__tmp1348 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xdU] 
                                                 << 0x1cU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xdU] 
                                                   >> 4U)));
        testbench__DOT__dut__DOT__tmp1347 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xdU] 
                                                 << 0x10U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xcU] 
                                                   >> 0x10U)));
        testbench__DOT__dut__DOT__tmp1346 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xcU] 
                                                 << 4U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xbU] 
                                                   >> 0x1cU)));
        testbench__DOT__dut__DOT__tmp1345 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xbU] 
                                                 << 0x18U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xbU] 
                                                   >> 8U)));
        testbench__DOT__dut__DOT__tmp1344 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xbU] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xaU] 
                                                   >> 0x14U)));
        testbench__DOT__dut__DOT__tmp1343 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xaU]);
        testbench__DOT__dut__DOT__tmp1342 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[9U] 
                                                 << 0x14U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[9U] 
                                                   >> 0xcU)));
        testbench__DOT__dut__DOT__tmp1341 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[9U] 
                                                 << 8U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[8U] 
                                                   >> 0x18U)));
        testbench__DOT__dut__DOT__tmp1340 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[8U] 
                                                 << 0x1cU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[8U] 
                                                   >> 4U)));
        testbench__DOT__dut__DOT__tmp1339 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[8U] 
                                                 << 0x10U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[7U] 
                                                   >> 0x10U)));
        testbench__DOT__dut__DOT__tmp1338 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[7U] 
                                                 << 4U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[6U] 
                                                   >> 0x1cU)));
        testbench__DOT__dut__DOT__tmp1337 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[6U] 
                                                 << 0x18U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[6U] 
                                                   >> 8U)));
        testbench__DOT__dut__DOT__tmp1336 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[6U] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[5U] 
                                                   >> 0x14U)));
        testbench__DOT__dut__DOT__tmp1335 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s0_current_word[5U]);
        testbench__DOT__dut__DOT__tmp1334 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[4U] 
                                                 << 0x14U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[4U] 
                                                   >> 0xcU)));
        testbench__DOT__dut__DOT__tmp1333 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[4U] 
                                                 << 8U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[3U] 
                                                   >> 0x18U)));
        testbench__DOT__dut__DOT__tmp1332 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[3U] 
                                                 << 0x1cU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[3U] 
                                                   >> 4U)));
        testbench__DOT__dut__DOT__tmp1331 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[3U] 
                                                 << 0x10U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[2U] 
                                                   >> 0x10U)));
        testbench__DOT__dut__DOT__tmp1330 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[2U] 
                                                 << 4U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[1U] 
                                                   >> 0x1cU)));
        testbench__DOT__dut__DOT__tmp1329 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[1U] 
                                                 << 0x18U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[1U] 
                                                   >> 8U)));
        testbench__DOT__dut__DOT__tmp1328 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[1U] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0U] 
                                                   >> 0x14U)));
        testbench__DOT__dut__DOT__tmp1327 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s0_current_word[0U]);
    }
    testbench__DOT__dut__DOT__tmp633 = ((IData)(testbench__DOT__dut__DOT__s1_in_push_ready) 
                                        & (((1U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                            & (0U != testbench__DOT__dut__DOT__tmp3042)) 
                                           | (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))));
    vlSelf->testbench__DOT__dut__DOT__tmp3047 = (testbench__DOT__dut__DOT__tmp3042 
                                                 & ((IData)(1U) 
                                                    + 
                                                    (~ testbench__DOT__dut__DOT__tmp3042)));
    testbench__DOT__dut__DOT__tmp3492 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hb487e700__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3399) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3399)))));
    testbench__DOT__dut__DOT__tmp3543 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hfff6c4ad__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3407) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3407)))));
    testbench__DOT__dut__DOT__tmp3594 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hcd4962cd__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3415) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3415)))));
    testbench__DOT__dut__DOT__tmp3645 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h58550490__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3423) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3423)))));
    testbench__DOT__dut__DOT__tmp3696 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h49c11088__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3431) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3431)))));
    testbench__DOT__dut__DOT__tmp3747 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h6d84fb04__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3439) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3439)))));
    testbench__DOT__dut__DOT__tmp3798 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h90e10de2__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3447) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3447)))));
    testbench__DOT__dut__DOT__tmp3849 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hc77b05f2__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3455) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3455)))));
    testbench__DOT__dut__DOT__tmp3900 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hb0aeb1c6__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3463) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3463)))));
    testbench__DOT__dut__DOT__tmp3951 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h16823d68__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3471) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3471)))));
    if (vlSelf->testbench__DOT__dut__DOT__tmp605) {
        vlSelf->testbench__DOT__dut__DOT__tmp617 = 
            (1U & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)));
        vlSelf->testbench__DOT__dut__DOT__tmp623 = vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half;
        vlSelf->testbench__DOT__dut__DOT__tmp613 = 0U;
    } else {
        vlSelf->testbench__DOT__dut__DOT__tmp617 = 0U;
        vlSelf->testbench__DOT__dut__DOT__tmp623 = 0U;
        vlSelf->testbench__DOT__dut__DOT__tmp613 = 
            (0xffU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr) 
                      + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp608)));
    }
    testbench__DOT__dut__DOT__tmp2981 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hef919ee0__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1358 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1358)));
    testbench__DOT__dut__DOT__tmp2930 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h8cb08588__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1357 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1357)));
    testbench__DOT__dut__DOT__tmp2879 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h1fdba8be__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1356 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1356)));
    testbench__DOT__dut__DOT__tmp2828 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h79a70425__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1355 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1355)));
    testbench__DOT__dut__DOT__tmp2777 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hd853057c__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1354 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1354)));
    testbench__DOT__dut__DOT__tmp2726 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hec8df9cf__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1353 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1353)));
    testbench__DOT__dut__DOT__tmp2675 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h241d4bf6__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1352 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1352)));
    testbench__DOT__dut__DOT__tmp2624 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h4ae01055__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1351 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1351)));
    testbench__DOT__dut__DOT__tmp2573 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h34236b75__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1350 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1350)));
    testbench__DOT__dut__DOT__tmp2522 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h990864ad__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1349 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1349)));
    testbench__DOT__dut__DOT__tmp2471 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h0a017a59__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1348 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1348)));
    testbench__DOT__dut__DOT__tmp2420 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h3a6e1873__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1347 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1347)));
    testbench__DOT__dut__DOT__tmp2369 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hb7b925e5__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1346 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1346)));
    testbench__DOT__dut__DOT__tmp2318 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hfad7ecdf__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1345 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1345)));
    testbench__DOT__dut__DOT__tmp2267 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h539b91c3__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1344 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1344)));
    testbench__DOT__dut__DOT__tmp2216 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hff56744b__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1343 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1343)));
    testbench__DOT__dut__DOT__tmp2165 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hec88e46f__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1342 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1342)));
    testbench__DOT__dut__DOT__tmp2114 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h1eea50ee__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1341 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1341)));
    testbench__DOT__dut__DOT__tmp2063 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hdb49b3bb__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1340 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1340)));
    testbench__DOT__dut__DOT__tmp2012 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h4ad45f03__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1339 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1339)));
    testbench__DOT__dut__DOT__tmp1961 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_had2aa001__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1338 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1338)));
    testbench__DOT__dut__DOT__tmp1910 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h490444a6__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1337 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1337)));
    testbench__DOT__dut__DOT__tmp1859 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hf62f024b__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1336 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1336)));
    testbench__DOT__dut__DOT__tmp1808 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h3e7ad422__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1335 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1335)));
    testbench__DOT__dut__DOT__tmp1757 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h4880108c__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1334 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1334)));
    testbench__DOT__dut__DOT__tmp1706 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h8181bf4c__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1333 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1333)));
    testbench__DOT__dut__DOT__tmp1655 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h3726fe0f__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1332 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1332)));
    testbench__DOT__dut__DOT__tmp1604 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hb08c758b__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1331 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1331)));
    testbench__DOT__dut__DOT__tmp1553 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h32e6cc0b__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1330 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1330)));
    testbench__DOT__dut__DOT__tmp1502 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h9ab2d45e__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1329 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1329)));
    testbench__DOT__dut__DOT__tmp1451 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h93a71b43__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1328 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1328)));
    testbench__DOT__dut__DOT__tmp1400 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h8fbc7cd4__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1327 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1327)));
    vlSelf->testbench__DOT__dut__DOT__tmp637 = ((2U 
                                                 != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                                & (IData)(testbench__DOT__dut__DOT__tmp633));
    vlSelf->testbench__DOT__dut__DOT__tmp634 = ((IData)(testbench__DOT__dut__DOT__tmp633) 
                                                & (2U 
                                                   == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)));
    vlSelf->testbench__DOT__dut__DOT__s0_emit_advance 
        = ((1U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
           & (0U == ((~ vlSelf->testbench__DOT__dut__DOT__tmp3047) 
                     & testbench__DOT__dut__DOT__tmp3042)));
    testbench__DOT__dut__DOT____VdfgTmp_h54e9c5ec__0 
        = (IData)((0U != (0xc0000000U & vlSelf->testbench__DOT__dut__DOT__tmp3047)));
    testbench__DOT__dut__DOT__tmp3504 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hb487e700__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3492) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3492 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3555 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hfff6c4ad__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3543) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3543 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3606 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hcd4962cd__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3594) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3594 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3657 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h58550490__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3645) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3645 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3708 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h49c11088__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3696) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3696 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3759 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h6d84fb04__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3747) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3747 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3810 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h90e10de2__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3798) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3798 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3861 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hc77b05f2__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3849) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3849 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3912 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hb0aeb1c6__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3900) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3900 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3963 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h16823d68__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3951) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3951 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp2993 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hef919ee0__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2981) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2981 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2942 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h8cb08588__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2930) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2930 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2891 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h1fdba8be__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2879) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2879 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2840 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h79a70425__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2828) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2828 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2789 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hd853057c__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2777) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2777 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2738 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hec8df9cf__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2726) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2726 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2687 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h241d4bf6__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2675) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2675 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2636 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h4ae01055__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2624) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2624 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2585 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h34236b75__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2573) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2573 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2534 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h990864ad__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2522) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2522 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2483 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h0a017a59__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2471) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2471 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2432 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h3a6e1873__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2420) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2420 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2381 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hb7b925e5__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2369) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2369 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2330 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hfad7ecdf__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2318) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2318 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2279 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h539b91c3__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2267) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2267 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2228 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hff56744b__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2216) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2216 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2177 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hec88e46f__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2165) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2165 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2126 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h1eea50ee__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2114) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2114 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2075 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hdb49b3bb__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2063) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2063 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2024 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h4ad45f03__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2012) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2012 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1973 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_had2aa001__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1961) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1961 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1922 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h490444a6__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1910) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1910 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1871 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hf62f024b__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1859) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1859 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1820 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h3e7ad422__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1808) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1808 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1769 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h4880108c__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1757) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1757 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1718 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h8181bf4c__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1706) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1706 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1667 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h3726fe0f__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1655) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1655 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1616 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hb08c758b__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1604) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1604 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1565 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h32e6cc0b__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1553) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1553 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1514 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h9ab2d45e__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1502) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1502 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1463 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h93a71b43__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1451) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1451 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1412 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h8fbc7cd4__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1400) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1400 
                                                     >> 1U)))));
    if (vlSelf->testbench__DOT__dut__DOT__tmp634) {
        vlSelf->testbench__DOT__dut__DOT__tmp646 = 
            (1U & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half)));
        vlSelf->testbench__DOT__dut__DOT__tmp652 = vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half;
        vlSelf->testbench__DOT__dut__DOT__tmp642 = 0U;
    } else {
        vlSelf->testbench__DOT__dut__DOT__tmp646 = 0U;
        vlSelf->testbench__DOT__dut__DOT__tmp652 = 0U;
        vlSelf->testbench__DOT__dut__DOT__tmp642 = 
            (0x1ffU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr) 
                       + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp637)));
    }
    testbench__DOT__dut__DOT____VdfgTmp_hdc6cd5a5__0 
        = (1U & (IData)(((0U != (0x30000000U & vlSelf->testbench__DOT__dut__DOT__tmp3047)) 
                         | (IData)(testbench__DOT__dut__DOT____VdfgTmp_h54e9c5ec__0))));
    testbench__DOT__dut__DOT____VdfgTmp_h894d4302__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3504 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3504) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h73fed312__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3504 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3504)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h823f9c8e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3555 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3555) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h03dffa26__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3555 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3555)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_hca5f3bec__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3606 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3606) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h4e2ac420__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3606 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3606)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_hbe8b261a__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3657 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3657) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h6ffe034b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3657 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3657)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_hf6bb1695__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3708 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3708) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h7cc3768e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3708 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3708)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_hbe9e59de__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3759 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3759) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h3cde189a__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3759 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3759)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h06dd840c__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3810 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3810) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h22499d0f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3810 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3810)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h6b5bdc42__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3861 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3861) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h449cb9ec__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3861 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3861)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h97367c0d__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3912 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3912) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h0e5eca08__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3912 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3912)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h9a6f09de__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3963 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3963) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h161b74be__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3963 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3963)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h567d3126__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2993 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2993) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_ha3f769af__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2993 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2993)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h0b3a6dc8__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2942 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2942) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h615e176f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2942 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2942)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h94fdd270__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2891 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2891) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_ha89d2ee7__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2891 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2891)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hd3f5f6bc__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2840 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2840) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h7d550e04__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2840 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2840)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h2a07f1d0__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2789 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2789) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h19783f70__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2789 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2789)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h1ac73526__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2738 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2738) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h3128d19f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2738 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2738)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h1eb5a810__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2687 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2687) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hd9ebc61c__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2687 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2687)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h7308e2b4__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2636 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2636) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h7c67144d__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2636 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2636)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hbe971ee6__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2585 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2585) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h60ea6e3f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2585 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2585)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h0f5c752c__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2534 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2534) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h621aafd9__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2534 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2534)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_he6e48cec__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2483 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2483) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h7501db69__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2483 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2483)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h07e5364e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2432 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2432) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h0e5ee333__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2432 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2432)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h5c5923ce__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2381 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2381) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h0ab1625b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2381 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2381)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h53d71cce__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2330 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2330) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h369c4dcb__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2330 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2330)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h1000f092__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2279 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2279) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h6634e640__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2279 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2279)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h9e3999b2__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2228 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2228) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hc50a7655__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2228 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2228)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_heec8e306__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2177 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2177) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h2de16d9f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2177 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2177)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_heabb0ada__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2126 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2126) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_he5ff2680__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2126 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2126)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_had68d4d6__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2075 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2075) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h24553fd7__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2075 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2075)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h48125bce__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2024 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2024) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hc941de5b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2024 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2024)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hce80554e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1973 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1973) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h36b086b3__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1973 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1973)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h9d410d2e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1922 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1922) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h99e7687d__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1922 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1922)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h8b31c39a__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1871 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1871) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h51bdb730__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1871 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1871)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hf7e33a58__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1820 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1820) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_ha083ffe7__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1820 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1820)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hd6579d30__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1769 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1769) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h8006db6b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1769 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1769)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h76ea8232__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1718 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1718) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h6881cc10__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1718 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1718)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h498317ae__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1667 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1667) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hf9b7e643__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1667 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1667)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hec7a4b90__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1616 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1616) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h8689b79b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1616 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1616)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h10c39892__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1565 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1565) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h15203d85__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1565 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1565)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h875800dc__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1514 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1514) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hd2ddf30e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1514 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1514)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h52671e98__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1463 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1463) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h1e54a047__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1463 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1463)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h193e9a00__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1412 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1412) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hc87caf46__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1412 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1412)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hadeaa07c__0 
        = (1U & (IData)(((0U != (0xf000000U & vlSelf->testbench__DOT__dut__DOT__tmp3047)) 
                         | (IData)(testbench__DOT__dut__DOT____VdfgTmp_hdc6cd5a5__0))));
    vlSelf->testbench__DOT__dut__DOT__tmp3524 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h894d4302__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h73fed312__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3504)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3575 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h823f9c8e__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h03dffa26__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3555)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3626 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hca5f3bec__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h4e2ac420__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3606)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3677 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe8b261a__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6ffe034b__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3657)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3728 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf6bb1695__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7cc3768e__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3708)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3779 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe9e59de__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h3cde189a__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3759)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3830 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h06dd840c__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h22499d0f__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3810)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3881 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6b5bdc42__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h449cb9ec__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3861)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3932 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h97367c0d__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0e5eca08__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3912)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3983 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9a6f09de__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h161b74be__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3963)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3013 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h567d3126__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha3f769af__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2993)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2962 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0b3a6dc8__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h615e176f__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2942)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2911 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h94fdd270__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha89d2ee7__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2891)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2860 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd3f5f6bc__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7d550e04__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2840)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2809 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h2a07f1d0__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h19783f70__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2789)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2758 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1ac73526__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h3128d19f__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2738)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2707 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1eb5a810__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd9ebc61c__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2687)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2656 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7308e2b4__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7c67144d__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2636)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2605 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe971ee6__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h60ea6e3f__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2585)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2554 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0f5c752c__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h621aafd9__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2534)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2503 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he6e48cec__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7501db69__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2483)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2452 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h07e5364e__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0e5ee333__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2432)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2401 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h5c5923ce__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0ab1625b__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2381)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2350 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h53d71cce__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h369c4dcb__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2330)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2299 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1000f092__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6634e640__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2279)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2248 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9e3999b2__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc50a7655__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2228)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2197 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_heec8e306__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h2de16d9f__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2177)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2146 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_heabb0ada__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he5ff2680__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2126)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2095 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_had68d4d6__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h24553fd7__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2075)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2044 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h48125bce__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc941de5b__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2024)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1993 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hce80554e__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h36b086b3__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1973)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1942 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9d410d2e__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h99e7687d__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1922)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1891 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8b31c39a__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h51bdb730__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1871)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1840 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf7e33a58__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha083ffe7__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1820)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1789 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd6579d30__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8006db6b__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1769)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1738 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h76ea8232__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6881cc10__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1718)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1687 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h498317ae__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf9b7e643__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1667)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1636 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hec7a4b90__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8689b79b__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1616)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1585 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h10c39892__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h15203d85__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1565)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1534 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h875800dc__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd2ddf30e__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1514)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1483 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h52671e98__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1e54a047__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1463)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1432 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h193e9a00__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc87caf46__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1412)
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
                                                                  & vlSelf->testbench__DOT__dut__DOT__tmp3047)) 
                                                                | (IData)(testbench__DOT__dut__DOT____VdfgTmp_hadeaa07c__0))) 
                                                       << 4U)) 
                                                   | ((8U 
                                                       & ((IData)(
                                                                  ((0U 
                                                                    != 
                                                                    (0xff00U 
                                                                     & vlSelf->testbench__DOT__dut__DOT__tmp3047)) 
                                                                   | (IData)(testbench__DOT__dut__DOT____VdfgTmp_hadeaa07c__0))) 
                                                          << 3U)) 
                                                      | ((4U 
                                                          & ((IData)(
                                                                     ((0U 
                                                                       != 
                                                                       (0xf0f0f0U 
                                                                        & vlSelf->testbench__DOT__dut__DOT__tmp3047)) 
                                                                      | (IData)(testbench__DOT__dut__DOT____VdfgTmp_hdc6cd5a5__0))) 
                                                             << 2U)) 
                                                         | ((2U 
                                                             & ((IData)(
                                                                        ((0U 
                                                                          != 
                                                                          (0xcccccccU 
                                                                           & vlSelf->testbench__DOT__dut__DOT__tmp3047)) 
                                                                         | (IData)(testbench__DOT__dut__DOT____VdfgTmp_h54e9c5ec__0))) 
                                                                << 1U)) 
                                                            | (IData)(
                                                                      (0U 
                                                                       != 
                                                                       (0xaaaaaaaaU 
                                                                        & vlSelf->testbench__DOT__dut__DOT__tmp3047))))))))));
    vlSelf->testbench__DOT__dut__DOT__tmp3532 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h894d4302__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h73fed312__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3504 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3524)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3583 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h823f9c8e__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h03dffa26__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3555 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3575)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3634 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hca5f3bec__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h4e2ac420__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3606 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3626)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3685 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe8b261a__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6ffe034b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3657 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3677)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3736 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf6bb1695__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7cc3768e__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3708 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3728)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3787 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe9e59de__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h3cde189a__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3759 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3779)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3838 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h06dd840c__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h22499d0f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3810 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3830)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3889 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6b5bdc42__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h449cb9ec__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3861 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3881)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3940 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h97367c0d__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0e5eca08__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3912 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3932)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3991 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9a6f09de__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h161b74be__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3963 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3983)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3021 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h567d3126__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha3f769af__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2993 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp3013) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2970 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0b3a6dc8__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h615e176f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2942 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2962) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2919 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h94fdd270__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha89d2ee7__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2891 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2911) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2868 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd3f5f6bc__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7d550e04__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2840 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2860) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2817 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h2a07f1d0__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h19783f70__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2789 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2809) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2766 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1ac73526__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h3128d19f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2738 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2758) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2715 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1eb5a810__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd9ebc61c__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2687 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2707) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2664 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7308e2b4__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7c67144d__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2636 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2656) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2613 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe971ee6__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h60ea6e3f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2585 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2605) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2562 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0f5c752c__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h621aafd9__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2534 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2554) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2511 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he6e48cec__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7501db69__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2483 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2503) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2460 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h07e5364e__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0e5ee333__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2432 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2452) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2409 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h5c5923ce__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0ab1625b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2381 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2401) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2358 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h53d71cce__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h369c4dcb__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2330 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2350) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2307 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1000f092__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6634e640__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2279 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2299) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2256 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9e3999b2__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc50a7655__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2228 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2248) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2205 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_heec8e306__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h2de16d9f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2177 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2197) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2154 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_heabb0ada__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he5ff2680__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2126 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2146) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2103 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_had68d4d6__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h24553fd7__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2075 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2095) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2052 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h48125bce__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc941de5b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2024 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2044) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2001 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hce80554e__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h36b086b3__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1973 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1993) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1950 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9d410d2e__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h99e7687d__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1922 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1942) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1899 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8b31c39a__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h51bdb730__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1871 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1891) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1848 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf7e33a58__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha083ffe7__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1820 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1840) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1797 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd6579d30__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8006db6b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1769 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1789) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1746 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h76ea8232__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6881cc10__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1718 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1738) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1695 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h498317ae__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf9b7e643__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1667 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1687) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1644 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hec7a4b90__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8689b79b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1616 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1636) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1593 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h10c39892__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h15203d85__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1565 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1585) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1542 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h875800dc__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd2ddf30e__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1514 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1534) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1491 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h52671e98__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1e54a047__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1463 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1483) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1440 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h193e9a00__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc87caf46__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1412 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1432) 
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
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
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
    vlSelf->testbench__DOT__dut__DOT__s0_emit_half = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_raw = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__dut__DOT__s0_emit_sent = VL_RAND_RESET_I(32);
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
    vlSelf->testbench__DOT__dut__DOT__s0_spike_full0 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_spike_full1 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half = VL_RAND_RESET_I(1);
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
    vlSelf->testbench__DOT__dut__DOT__tmp605 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp608 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp613 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__tmp617 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp623 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp634 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp637 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp642 = VL_RAND_RESET_I(9);
    vlSelf->testbench__DOT__dut__DOT__tmp646 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp652 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp658 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp668 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp672 = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__tmp684 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp685 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp697 = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__tmp704 = VL_RAND_RESET_I(8);
    vlSelf->testbench__DOT__dut__DOT__tmp777 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp778 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp820 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp825 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp835 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp840 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp850 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp855 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp865 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp870 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp880 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp885 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp895 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp900 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp910 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp915 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp925 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp930 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp940 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp945 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp955 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp960 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp970 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp975 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp985 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp990 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1000 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1005 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1015 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1020 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1030 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1035 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1045 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1050 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1060 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1065 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1075 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1080 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1090 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1095 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1105 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1110 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1120 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1125 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1135 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1140 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1150 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1155 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1165 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1170 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1180 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1185 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1195 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1200 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1210 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1215 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1225 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1230 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1240 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1245 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1255 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1260 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1270 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1275 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1285 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1290 = VL_RAND_RESET_I(20);
    vlSelf->testbench__DOT__dut__DOT__tmp1432 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1440 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1483 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1491 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1534 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1542 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1585 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1593 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1636 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1644 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1687 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1695 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1738 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1746 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1789 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1797 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1840 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1848 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1891 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1899 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1942 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp1950 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp1993 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2001 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2044 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2052 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2095 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2103 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2146 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2154 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2197 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2205 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2248 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2256 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2299 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2307 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2350 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2358 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2401 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2409 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2452 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2460 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2503 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2511 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2554 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2562 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2605 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2613 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2656 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2664 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2707 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2715 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2758 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2766 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2809 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2817 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2860 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2868 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2911 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2919 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp2962 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp2970 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3013 = VL_RAND_RESET_I(21);
    vlSelf->testbench__DOT__dut__DOT__tmp3021 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3031 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3047 = VL_RAND_RESET_I(32);
    vlSelf->testbench__DOT__dut__DOT__tmp3055 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3056 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3057 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3061 = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__tmp3067 = VL_RAND_RESET_I(3);
    vlSelf->testbench__DOT__dut__DOT__tmp3074 = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__tmp3082 = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__tmp3294 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3301 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3305 = VL_RAND_RESET_I(4);
    vlSelf->testbench__DOT__dut__DOT__tmp3317 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3318 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3330 = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__tmp3337 = VL_RAND_RESET_I(9);
    vlSelf->testbench__DOT__dut__DOT__tmp3365 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3381 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3382 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3395 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3403 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3411 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3419 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3427 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3435 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3443 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3451 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3459 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3467 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3524 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3532 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3575 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3583 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3626 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3634 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3677 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3685 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3728 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3736 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3779 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3787 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3830 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3838 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3881 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3889 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3932 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3940 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp3983 = VL_RAND_RESET_I(14);
    vlSelf->testbench__DOT__dut__DOT__tmp3991 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4058 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4099 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4110 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4113 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4116 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4122 = VL_RAND_RESET_I(1);
    vlSelf->testbench__DOT__dut__DOT__tmp4130 = VL_RAND_RESET_I(2);
    vlSelf->testbench__DOT__dut__DOT__tmp4146 = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT__tmp4155 = VL_RAND_RESET_I(5);
    vlSelf->testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0 = 0;
    vlSelf->__Vtrigrprev__TOP__testbench__DOT__clk = VL_RAND_RESET_I(1);
}
