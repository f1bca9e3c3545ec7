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
    IData/*31:0*/ testbench__DOT__status;
    testbench__DOT__status = 0;
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
        VL_FINISH_MT("testbench.v", 25, "");
    }
    testbench__DOT__status = VL_FSCANF_IX(vlSelf->testbench__DOT__fin,"%#\n",
                                          32,&(vlSelf->testbench__DOT__images)) ;
    co_await vlSelf->__VtrigSched_h902f891e__0.trigger(
                                                       "@(posedge testbench.clk)", 
                                                       "testbench.v", 
                                                       28);
    co_await vlSelf->__VdlySched.delay(0x3e8U, "testbench.v", 
                                       28);
    co_await vlSelf->__VtrigSched_h902f891e__0.trigger(
                                                       "@(posedge testbench.clk)", 
                                                       "testbench.v", 
                                                       29);
    co_await vlSelf->__VdlySched.delay(0x3e8U, "testbench.v", 
                                       29);
    vlSelf->testbench__DOT__rst = 0U;
    testbench__DOT__image = 0U;
    while (VL_LTS_III(32, testbench__DOT__image, vlSelf->testbench__DOT__images)) {
        testbench__DOT__status = VL_FSCANF_IX(vlSelf->testbench__DOT__fin,"%#\n",
                                              32,&(vlSelf->testbench__DOT__records)) ;
        vlSelf->testbench__DOT__position = 0U;
        vlSelf->testbench__DOT__index = 0U;
        vlSelf->testbench__DOT__value = 0U;
        vlSelf->testbench__DOT__eos = 0U;
        if (VL_LTS_III(32, 0U, vlSelf->testbench__DOT__records)) {
            testbench__DOT__status = VL_FSCANF_IX(vlSelf->testbench__DOT__fin,"%# %# %#\n",
                                                  32,
                                                  &(vlSelf->testbench__DOT__index),
                                                  32,
                                                  &(vlSelf->testbench__DOT__value),
                                                  32,
                                                  &(vlSelf->testbench__DOT__eos)) ;
        }
        vlSelf->testbench__DOT__start = 1U;
        co_await vlSelf->__VtrigSched_h902f891e__0.trigger(
                                                           "@(posedge testbench.clk)", 
                                                           "testbench.v", 
                                                           37);
        co_await vlSelf->__VdlySched.delay(0x3e8U, 
                                           "testbench.v", 
                                           37);
        vlSelf->testbench__DOT__start = 0U;
        vlSelf->testbench__DOT__cycle = 0U;
        vlSelf->testbench__DOT__finished = 0U;
        while ((1U & (~ (IData)((0U != vlSelf->testbench__DOT__finished))))) {
            vlSelf->testbench__DOT__cycle = ((IData)(1U) 
                                             + vlSelf->testbench__DOT__cycle);
            vlSelf->testbench__DOT__in_valid = VL_LTS_III(32, vlSelf->testbench__DOT__position, vlSelf->testbench__DOT__records);
            vlSelf->testbench__DOT__in_index = (0x3fU 
                                                & vlSelf->testbench__DOT__index);
            vlSelf->testbench__DOT__in_value = (0xffU 
                                                & vlSelf->testbench__DOT__value);
            vlSelf->testbench__DOT__in_eos = (1U & vlSelf->testbench__DOT__eos);
            co_await vlSelf->__VdlySched.delay(0x3e8U, 
                                               "testbench.v", 
                                               47);
            vlSelf->testbench__DOT__accepted = ((IData)(vlSelf->testbench__DOT__in_valid) 
                                                & ((~ 
                                                    ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)
                                                      ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                                      : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0))) 
                                                   & (IData)(vlSelf->testbench__DOT__dut__DOT__busy_reg)));
            if (VL_UNLIKELY((2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)))) {
                VL_FWRITEF(vlSelf->testbench__DOT__fout,"%0# ",
                           4,vlSelf->testbench__DOT__out_data);
            }
            if (VL_UNLIKELY((3U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)))) {
                VL_FWRITEF(vlSelf->testbench__DOT__fout,"| %0# %0d\n",
                           4,vlSelf->testbench__DOT__dut__DOT__s1_best_index,
                           32,vlSelf->testbench__DOT__cycle);
                vlSelf->testbench__DOT__finished = 1U;
            }
            co_await vlSelf->__VtrigSched_h902f891e__0.trigger(
                                                               "@(posedge testbench.clk)", 
                                                               "testbench.v", 
                                                               54);
            co_await vlSelf->__VdlySched.delay(0x3e8U, 
                                               "testbench.v", 
                                               54);
            if ((0U != vlSelf->testbench__DOT__accepted)) {
                vlSelf->testbench__DOT__position = 
                    ((IData)(1U) + vlSelf->testbench__DOT__position);
                if (VL_LTS_III(32, vlSelf->testbench__DOT__position, vlSelf->testbench__DOT__records)) {
                    testbench__DOT__status = VL_FSCANF_IX(vlSelf->testbench__DOT__fin,"%# %# %#\n",
                                                          32,
                                                          &(vlSelf->testbench__DOT__index),
                                                          32,
                                                          &(vlSelf->testbench__DOT__value),
                                                          32,
                                                          &(vlSelf->testbench__DOT__eos)) ;
                }
            }
            if (VL_UNLIKELY(VL_LTS_III(32, 0x2faf080U, vlSelf->testbench__DOT__cycle))) {
                VL_FWRITEF(vlSelf->testbench__DOT__fout,"HANG %0d\n",
                           32,testbench__DOT__image);
                VL_FCLOSE_I(vlSelf->testbench__DOT__fout); vlSelf->testbench__DOT__fout = 0;
                VL_FINISH_MT("testbench.v", 62, "");
            }
        }
        vlSelf->testbench__DOT__in_valid = 0U;
        testbench__DOT__image = ((IData)(1U) + testbench__DOT__image);
    }
    VL_FCLOSE_I(vlSelf->testbench__DOT__fout); vlSelf->testbench__DOT__fout = 0;
    VL_FINISH_MT("testbench.v", 68, "");
}

VL_INLINE_OPT VlCoroutine Vtestbench___024root___eval_initial__TOP__1(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___eval_initial__TOP__1\n"); );
    // Body
    while (1U) {
        co_await vlSelf->__VdlySched.delay(0x1388U, 
                                           "testbench.v", 
                                           17);
        vlSelf->testbench__DOT__clk = (1U & (~ (IData)(vlSelf->testbench__DOT__clk)));
    }
}

VL_INLINE_OPT void Vtestbench___024root___act_comb__TOP__0(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___act_comb__TOP__0\n"); );
    // Body
    vlSelf->testbench__DOT__dut__DOT__tmp565 = ((~ 
                                                 ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)
                                                   ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                                   : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0))) 
                                                & ((IData)(vlSelf->testbench__DOT__dut__DOT__busy_reg) 
                                                   & (IData)(vlSelf->testbench__DOT__in_valid)));
    if (vlSelf->testbench__DOT__dut__DOT__tmp565) {
        if (vlSelf->testbench__DOT__in_eos) {
            vlSelf->testbench__DOT__dut__DOT__tmp574 
                = (0xffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__tmp566 = 1U;
        } else {
            vlSelf->testbench__DOT__dut__DOT__tmp574 
                = (0xffU & ((IData)(1U) + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr)));
            vlSelf->testbench__DOT__dut__DOT__tmp566 = 0U;
        }
    } else {
        vlSelf->testbench__DOT__dut__DOT__tmp574 = 
            (0xffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr));
        vlSelf->testbench__DOT__dut__DOT__tmp566 = 0U;
    }
    vlSelf->testbench__DOT__dut__DOT__tmp578 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp566));
    vlSelf->testbench__DOT__dut__DOT__tmp584 = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp566) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half));
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

extern const VlWide<8>/*255:0*/ Vtestbench__ConstPool__CONST_h9e67c271_0;
extern const VlWide<20>/*639:0*/ Vtestbench__ConstPool__CONST_h7ca4bd95_0;
extern const VlWide<21>/*671:0*/ Vtestbench__ConstPool__CONST_hb8942254_0;

VL_INLINE_OPT void Vtestbench___024root___nba_sequent__TOP__0(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___nba_sequent__TOP__0\n"); );
    // Init
    CData/*0:0*/ testbench__DOT__dut__DOT__s1_in_push_ready;
    testbench__DOT__dut__DOT__s1_in_push_ready = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp778;
    testbench__DOT__dut__DOT__tmp778 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp793;
    testbench__DOT__dut__DOT__tmp793 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp808;
    testbench__DOT__dut__DOT__tmp808 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp823;
    testbench__DOT__dut__DOT__tmp823 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp838;
    testbench__DOT__dut__DOT__tmp838 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp853;
    testbench__DOT__dut__DOT__tmp853 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp868;
    testbench__DOT__dut__DOT__tmp868 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp883;
    testbench__DOT__dut__DOT__tmp883 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp898;
    testbench__DOT__dut__DOT__tmp898 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp913;
    testbench__DOT__dut__DOT__tmp913 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp928;
    testbench__DOT__dut__DOT__tmp928 = 0;
    QData/*33:0*/ testbench__DOT__dut__DOT__tmp943;
    testbench__DOT__dut__DOT__tmp943 = 0;
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
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1289;
    testbench__DOT__dut__DOT__tmp1289 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1290;
    testbench__DOT__dut__DOT__tmp1290 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1291;
    testbench__DOT__dut__DOT__tmp1291 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1292;
    testbench__DOT__dut__DOT__tmp1292 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1293;
    testbench__DOT__dut__DOT__tmp1293 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1294;
    testbench__DOT__dut__DOT__tmp1294 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1295;
    testbench__DOT__dut__DOT__tmp1295 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1296;
    testbench__DOT__dut__DOT__tmp1296 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1297;
    testbench__DOT__dut__DOT__tmp1297 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1298;
    testbench__DOT__dut__DOT__tmp1298 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1299;
    testbench__DOT__dut__DOT__tmp1299 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1300;
    testbench__DOT__dut__DOT__tmp1300 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1301;
    testbench__DOT__dut__DOT__tmp1301 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1302;
    testbench__DOT__dut__DOT__tmp1302 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1303;
    testbench__DOT__dut__DOT__tmp1303 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1304;
    testbench__DOT__dut__DOT__tmp1304 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1305;
    testbench__DOT__dut__DOT__tmp1305 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1306;
    testbench__DOT__dut__DOT__tmp1306 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1307;
    testbench__DOT__dut__DOT__tmp1307 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1308;
    testbench__DOT__dut__DOT__tmp1308 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1309;
    testbench__DOT__dut__DOT__tmp1309 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1310;
    testbench__DOT__dut__DOT__tmp1310 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1311;
    testbench__DOT__dut__DOT__tmp1311 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1312;
    testbench__DOT__dut__DOT__tmp1312 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1313;
    testbench__DOT__dut__DOT__tmp1313 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1314;
    testbench__DOT__dut__DOT__tmp1314 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1315;
    testbench__DOT__dut__DOT__tmp1315 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1316;
    testbench__DOT__dut__DOT__tmp1316 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1317;
    testbench__DOT__dut__DOT__tmp1317 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1318;
    testbench__DOT__dut__DOT__tmp1318 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1319;
    testbench__DOT__dut__DOT__tmp1319 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp1320;
    testbench__DOT__dut__DOT__tmp1320 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1362;
    testbench__DOT__dut__DOT__tmp1362 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1374;
    testbench__DOT__dut__DOT__tmp1374 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1413;
    testbench__DOT__dut__DOT__tmp1413 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1425;
    testbench__DOT__dut__DOT__tmp1425 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1464;
    testbench__DOT__dut__DOT__tmp1464 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1476;
    testbench__DOT__dut__DOT__tmp1476 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1515;
    testbench__DOT__dut__DOT__tmp1515 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1527;
    testbench__DOT__dut__DOT__tmp1527 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1566;
    testbench__DOT__dut__DOT__tmp1566 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1578;
    testbench__DOT__dut__DOT__tmp1578 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1617;
    testbench__DOT__dut__DOT__tmp1617 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1629;
    testbench__DOT__dut__DOT__tmp1629 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1668;
    testbench__DOT__dut__DOT__tmp1668 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1680;
    testbench__DOT__dut__DOT__tmp1680 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1719;
    testbench__DOT__dut__DOT__tmp1719 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1731;
    testbench__DOT__dut__DOT__tmp1731 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1770;
    testbench__DOT__dut__DOT__tmp1770 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1782;
    testbench__DOT__dut__DOT__tmp1782 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1821;
    testbench__DOT__dut__DOT__tmp1821 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1833;
    testbench__DOT__dut__DOT__tmp1833 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1872;
    testbench__DOT__dut__DOT__tmp1872 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1884;
    testbench__DOT__dut__DOT__tmp1884 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1923;
    testbench__DOT__dut__DOT__tmp1923 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1935;
    testbench__DOT__dut__DOT__tmp1935 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp1974;
    testbench__DOT__dut__DOT__tmp1974 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp1986;
    testbench__DOT__dut__DOT__tmp1986 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2025;
    testbench__DOT__dut__DOT__tmp2025 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2037;
    testbench__DOT__dut__DOT__tmp2037 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2076;
    testbench__DOT__dut__DOT__tmp2076 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2088;
    testbench__DOT__dut__DOT__tmp2088 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2127;
    testbench__DOT__dut__DOT__tmp2127 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2139;
    testbench__DOT__dut__DOT__tmp2139 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2178;
    testbench__DOT__dut__DOT__tmp2178 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2190;
    testbench__DOT__dut__DOT__tmp2190 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2229;
    testbench__DOT__dut__DOT__tmp2229 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2241;
    testbench__DOT__dut__DOT__tmp2241 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2280;
    testbench__DOT__dut__DOT__tmp2280 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2292;
    testbench__DOT__dut__DOT__tmp2292 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2331;
    testbench__DOT__dut__DOT__tmp2331 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2343;
    testbench__DOT__dut__DOT__tmp2343 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2382;
    testbench__DOT__dut__DOT__tmp2382 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2394;
    testbench__DOT__dut__DOT__tmp2394 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2433;
    testbench__DOT__dut__DOT__tmp2433 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2445;
    testbench__DOT__dut__DOT__tmp2445 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2484;
    testbench__DOT__dut__DOT__tmp2484 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2496;
    testbench__DOT__dut__DOT__tmp2496 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2535;
    testbench__DOT__dut__DOT__tmp2535 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2547;
    testbench__DOT__dut__DOT__tmp2547 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2586;
    testbench__DOT__dut__DOT__tmp2586 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2598;
    testbench__DOT__dut__DOT__tmp2598 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2637;
    testbench__DOT__dut__DOT__tmp2637 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2649;
    testbench__DOT__dut__DOT__tmp2649 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2688;
    testbench__DOT__dut__DOT__tmp2688 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2700;
    testbench__DOT__dut__DOT__tmp2700 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2739;
    testbench__DOT__dut__DOT__tmp2739 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2751;
    testbench__DOT__dut__DOT__tmp2751 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2790;
    testbench__DOT__dut__DOT__tmp2790 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2802;
    testbench__DOT__dut__DOT__tmp2802 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2841;
    testbench__DOT__dut__DOT__tmp2841 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2853;
    testbench__DOT__dut__DOT__tmp2853 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2892;
    testbench__DOT__dut__DOT__tmp2892 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2904;
    testbench__DOT__dut__DOT__tmp2904 = 0;
    IData/*27:0*/ testbench__DOT__dut__DOT__tmp2943;
    testbench__DOT__dut__DOT__tmp2943 = 0;
    IData/*26:0*/ testbench__DOT__dut__DOT__tmp2955;
    testbench__DOT__dut__DOT__tmp2955 = 0;
    IData/*31:0*/ testbench__DOT__dut__DOT__tmp3003;
    testbench__DOT__dut__DOT__tmp3003 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3336;
    testbench__DOT__dut__DOT__tmp3336 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3344;
    testbench__DOT__dut__DOT__tmp3344 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3352;
    testbench__DOT__dut__DOT__tmp3352 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3360;
    testbench__DOT__dut__DOT__tmp3360 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3368;
    testbench__DOT__dut__DOT__tmp3368 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3376;
    testbench__DOT__dut__DOT__tmp3376 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3384;
    testbench__DOT__dut__DOT__tmp3384 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3392;
    testbench__DOT__dut__DOT__tmp3392 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3400;
    testbench__DOT__dut__DOT__tmp3400 = 0;
    SData/*13:0*/ testbench__DOT__dut__DOT__tmp3408;
    testbench__DOT__dut__DOT__tmp3408 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3429;
    testbench__DOT__dut__DOT__tmp3429 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3441;
    testbench__DOT__dut__DOT__tmp3441 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3480;
    testbench__DOT__dut__DOT__tmp3480 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3492;
    testbench__DOT__dut__DOT__tmp3492 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3531;
    testbench__DOT__dut__DOT__tmp3531 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3543;
    testbench__DOT__dut__DOT__tmp3543 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3582;
    testbench__DOT__dut__DOT__tmp3582 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3594;
    testbench__DOT__dut__DOT__tmp3594 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3633;
    testbench__DOT__dut__DOT__tmp3633 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3645;
    testbench__DOT__dut__DOT__tmp3645 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3684;
    testbench__DOT__dut__DOT__tmp3684 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3696;
    testbench__DOT__dut__DOT__tmp3696 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3735;
    testbench__DOT__dut__DOT__tmp3735 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3747;
    testbench__DOT__dut__DOT__tmp3747 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3786;
    testbench__DOT__dut__DOT__tmp3786 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3798;
    testbench__DOT__dut__DOT__tmp3798 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3837;
    testbench__DOT__dut__DOT__tmp3837 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3849;
    testbench__DOT__dut__DOT__tmp3849 = 0;
    IData/*20:0*/ testbench__DOT__dut__DOT__tmp3888;
    testbench__DOT__dut__DOT__tmp3888 = 0;
    IData/*19:0*/ testbench__DOT__dut__DOT__tmp3900;
    testbench__DOT__dut__DOT__tmp3900 = 0;
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
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_in_wr_half;
    __Vdly__testbench__DOT__dut__DOT__s0_in_wr_half = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_events;
    __Vdly__testbench__DOT__dut__DOT__s0_events = 0;
    CData/*1:0*/ __Vdly__testbench__DOT__dut__DOT__s0_group;
    __Vdly__testbench__DOT__dut__DOT__s0_group = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_in_count0;
    __Vdly__testbench__DOT__dut__DOT__s0_in_count0 = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_in_count1;
    __Vdly__testbench__DOT__dut__DOT__s0_in_count1 = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_issuing;
    __Vdly__testbench__DOT__dut__DOT__s0_issuing = 0;
    CData/*6:0*/ __Vdly__testbench__DOT__dut__DOT__s0_k;
    __Vdly__testbench__DOT__dut__DOT__s0_k = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_rd_half;
    __Vdly__testbench__DOT__dut__DOT__s0_rd_half = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_running;
    __Vdly__testbench__DOT__dut__DOT__s0_running = 0;
    CData/*2:0*/ __Vdly__testbench__DOT__dut__DOT__s0_step;
    __Vdly__testbench__DOT__dut__DOT__s0_step = 0;
    CData/*1:0*/ __Vdly__testbench__DOT__dut__DOT__s0_emit_state;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_state = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_emit_half;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_half = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_spike_full0;
    __Vdly__testbench__DOT__dut__DOT__s0_spike_full0 = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_spike_full1;
    __Vdly__testbench__DOT__dut__DOT__s0_spike_full1 = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s0_spike_wr_half;
    __Vdly__testbench__DOT__dut__DOT__s0_spike_wr_half = 0;
    CData/*1:0*/ __Vdly__testbench__DOT__dut__DOT__s0_emit_group;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_group = 0;
    CData/*3:0*/ __Vdly__testbench__DOT__dut__DOT__s1_best_index;
    __Vdly__testbench__DOT__dut__DOT__s1_best_index = 0;
    CData/*3:0*/ __Vdly__testbench__DOT__dut__DOT__s1_out_position;
    __Vdly__testbench__DOT__dut__DOT__s1_out_position = 0;
    CData/*7:0*/ __Vdly__testbench__DOT__dut__DOT__s1_events;
    __Vdly__testbench__DOT__dut__DOT__s1_events = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s1_group;
    __Vdly__testbench__DOT__dut__DOT__s1_group = 0;
    CData/*7:0*/ __Vdly__testbench__DOT__dut__DOT__s1_in_count0;
    __Vdly__testbench__DOT__dut__DOT__s1_in_count0 = 0;
    CData/*7:0*/ __Vdly__testbench__DOT__dut__DOT__s1_in_count1;
    __Vdly__testbench__DOT__dut__DOT__s1_in_count1 = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s1_issuing;
    __Vdly__testbench__DOT__dut__DOT__s1_issuing = 0;
    CData/*7:0*/ __Vdly__testbench__DOT__dut__DOT__s1_k;
    __Vdly__testbench__DOT__dut__DOT__s1_k = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s1_rd_half;
    __Vdly__testbench__DOT__dut__DOT__s1_rd_half = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s1_running;
    __Vdly__testbench__DOT__dut__DOT__s1_running = 0;
    CData/*2:0*/ __Vdly__testbench__DOT__dut__DOT__s1_step;
    __Vdly__testbench__DOT__dut__DOT__s1_step = 0;
    CData/*0:0*/ __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half;
    __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half = 0;
    CData/*3:0*/ __Vdly__testbench__DOT__dut__DOT__s1_out_lane;
    __Vdly__testbench__DOT__dut__DOT__s1_out_lane = 0;
    CData/*1:0*/ __Vdly__testbench__DOT__dut__DOT__s1_out_state;
    __Vdly__testbench__DOT__dut__DOT__s1_out_state = 0;
    CData/*7:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s0_in_events__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s0_in_events__v0 = 0;
    SData/*13:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s0_in_events__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s0_in_events__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s0_in_events__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_in_events__v0 = 0;
    SData/*8:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s1_in_events__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s1_in_events__v0 = 0;
    CData/*6:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s1_in_events__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s1_in_events__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s1_in_events__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_in_events__v0 = 0;
    CData/*1:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0 = 0;
    VlWide<21>/*671:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0;
    VL_ZERO_W(672, __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0);
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0 = 0;
    CData/*1:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0 = 0;
    VlWide<20>/*639:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0;
    VL_ZERO_W(640, __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0);
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s0_spikes__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s0_spikes__v0 = 0;
    IData/*31:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s0_spikes__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s0_spikes__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0 = 0;
    VlWide<5>/*139:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0;
    VL_ZERO_W(140, __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0);
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__testbench__DOT__dut__DOT__s1_counts__v0;
    __Vdlyvdim0__testbench__DOT__dut__DOT__s1_counts__v0 = 0;
    QData/*39:0*/ __Vdlyvval__testbench__DOT__dut__DOT__s1_counts__v0;
    __Vdlyvval__testbench__DOT__dut__DOT__s1_counts__v0 = 0;
    CData/*0:0*/ __Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0 = 0;
    // Body
    __Vdly__testbench__DOT__dut__DOT__s0_emit_group 
        = vlSelf->testbench__DOT__dut__DOT__s0_emit_group;
    __Vdly__testbench__DOT__dut__DOT__s0_in_wr_half 
        = vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_in_events__v0 = 0U;
    __Vdly__testbench__DOT__dut__DOT__s1_out_lane = vlSelf->testbench__DOT__dut__DOT__s1_out_lane;
    __Vdly__testbench__DOT__dut__DOT__s1_best_index 
        = vlSelf->testbench__DOT__dut__DOT__s1_best_index;
    __Vdly__testbench__DOT__dut__DOT__s1_out_state 
        = vlSelf->testbench__DOT__dut__DOT__s1_out_state;
    __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half 
        = vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half;
    __Vdly__testbench__DOT__dut__DOT__s1_out_position 
        = vlSelf->testbench__DOT__dut__DOT__s1_out_position;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_in_events__v0 = 0U;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_state 
        = vlSelf->testbench__DOT__dut__DOT__s0_emit_state;
    __Vdly__testbench__DOT__dut__DOT__s0_emit_half 
        = vlSelf->testbench__DOT__dut__DOT__s0_emit_half;
    __Vdly__testbench__DOT__dut__DOT__s0_spike_wr_half 
        = vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half;
    __Vdly__testbench__DOT__dut__DOT__s0_spike_full1 
        = vlSelf->testbench__DOT__dut__DOT__s0_spike_full1;
    __Vdly__testbench__DOT__dut__DOT__s0_spike_full0 
        = vlSelf->testbench__DOT__dut__DOT__s0_spike_full0;
    __Vdly__testbench__DOT__dut__DOT__s1_issuing = vlSelf->testbench__DOT__dut__DOT__s1_issuing;
    __Vdly__testbench__DOT__dut__DOT__s1_in_count1 
        = vlSelf->testbench__DOT__dut__DOT__s1_in_count1;
    __Vdly__testbench__DOT__dut__DOT__s1_in_count0 
        = vlSelf->testbench__DOT__dut__DOT__s1_in_count0;
    __Vdly__testbench__DOT__dut__DOT__s1_events = vlSelf->testbench__DOT__dut__DOT__s1_events;
    __Vdly__testbench__DOT__dut__DOT__s1_running = vlSelf->testbench__DOT__dut__DOT__s1_running;
    __Vdly__testbench__DOT__dut__DOT__s1_rd_half = vlSelf->testbench__DOT__dut__DOT__s1_rd_half;
    __Vdly__testbench__DOT__dut__DOT__s1_group = vlSelf->testbench__DOT__dut__DOT__s1_group;
    __Vdly__testbench__DOT__dut__DOT__s1_k = vlSelf->testbench__DOT__dut__DOT__s1_k;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0 = 0U;
    __Vdly__testbench__DOT__dut__DOT__s1_step = vlSelf->testbench__DOT__dut__DOT__s1_step;
    __Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0 = 0U;
    __Vdly__testbench__DOT__dut__DOT__s0_issuing = vlSelf->testbench__DOT__dut__DOT__s0_issuing;
    __Vdly__testbench__DOT__dut__DOT__s0_in_count1 
        = vlSelf->testbench__DOT__dut__DOT__s0_in_count1;
    __Vdly__testbench__DOT__dut__DOT__s0_in_count0 
        = vlSelf->testbench__DOT__dut__DOT__s0_in_count0;
    __Vdly__testbench__DOT__dut__DOT__s0_events = vlSelf->testbench__DOT__dut__DOT__s0_events;
    __Vdly__testbench__DOT__dut__DOT__s0_group = vlSelf->testbench__DOT__dut__DOT__s0_group;
    __Vdly__testbench__DOT__dut__DOT__s0_k = vlSelf->testbench__DOT__dut__DOT__s0_k;
    __Vdly__testbench__DOT__dut__DOT__s0_running = vlSelf->testbench__DOT__dut__DOT__s0_running;
    __Vdly__testbench__DOT__dut__DOT__s0_rd_half = vlSelf->testbench__DOT__dut__DOT__s0_rd_half;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0 = 0U;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0 = 0U;
    __Vdly__testbench__DOT__dut__DOT__s0_step = vlSelf->testbench__DOT__dut__DOT__s0_step;
    __Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0 = 0U;
    vlSelf->testbench__DOT__dut__DOT__busy_reg = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
                                                  & ((IData)(vlSelf->testbench__DOT__start) 
                                                     | ((3U 
                                                         != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)) 
                                                        & (IData)(vlSelf->testbench__DOT__dut__DOT__busy_reg))));
    __Vdly__testbench__DOT__dut__DOT__s0_in_wr_half 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half) 
              ^ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp566)));
    vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg 
        = (1U & ((~ (IData)(vlSelf->testbench__DOT__rst)) 
                 & ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3995)) 
                        & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                       & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                      & (9U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position))) 
                     & (9U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)))
                     ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4067)
                     : ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3995)) 
                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg)))));
    if (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp565) 
         & (~ (IData)(vlSelf->testbench__DOT__in_eos)))) {
        __Vdlyvval__testbench__DOT__dut__DOT__s0_in_events__v0 
            = (((IData)(vlSelf->testbench__DOT__in_index) 
                << 8U) | (IData)(vlSelf->testbench__DOT__in_value));
        __Vdlyvset__testbench__DOT__dut__DOT__s0_in_events__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s0_in_events__v0 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half) 
                << 7U) | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr));
    }
    vlSelf->testbench__DOT__dut__DOT__s0_in_full0 = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp578) 
          | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0) 
             & (~ ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half)) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0))))));
    vlSelf->testbench__DOT__dut__DOT__s0_in_full1 = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp584) 
          | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1) 
             & (~ ((IData)(vlSelf->testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half))))));
    __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half) 
              ^ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp592)));
    vlSelf->testbench__DOT__dut__DOT__s1_in_full1 = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp609) 
          | ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1) 
             & (~ ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3229) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half))))));
    vlSelf->testbench__DOT__dut__DOT__s1_in_full0 = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp603) 
          | ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0) 
             & (~ ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half)) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3229))))));
    if (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp591) 
         & (2U != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)))) {
        __Vdlyvval__testbench__DOT__dut__DOT__s1_in_events__v0 
            = vlSelf->testbench__DOT__dut__DOT__s1_in_push_index;
        __Vdlyvset__testbench__DOT__dut__DOT__s1_in_events__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s1_in_events__v0 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half) 
                << 8U) | (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr));
    }
    if (vlSelf->testbench__DOT__dut__DOT__tmp3319) {
        __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0[0U] 
            = (IData)((((QData)((IData)(((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3622)
                                          ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3614)))) 
                        << 0x2aU) | (((QData)((IData)(
                                                      ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3571)
                                                        ? 0U
                                                        : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3563)))) 
                                      << 0x1cU) | (QData)((IData)(
                                                                  ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3520)
                                                                      ? 0U
                                                                      : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3512)) 
                                                                    << 0xeU) 
                                                                   | ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3469)
                                                                       ? 0U
                                                                       : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3461))))))));
        __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0[1U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3673)
                  ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3665)) 
                << 0x18U) | (IData)(((((QData)((IData)(
                                                       ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3622)
                                                         ? 0U
                                                         : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3614)))) 
                                       << 0x2aU) | 
                                      (((QData)((IData)(
                                                        ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3571)
                                                          ? 0U
                                                          : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3563)))) 
                                        << 0x1cU) | (QData)((IData)(
                                                                    ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3520)
                                                                        ? 0U
                                                                        : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3512)) 
                                                                      << 0xeU) 
                                                                     | ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3469)
                                                                         ? 0U
                                                                         : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3461))))))) 
                                     >> 0x20U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0[2U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3775)
                  ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3767)) 
                << 0x14U) | ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3724)
                                ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3716)) 
                              << 6U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3673)
                                          ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3665)) 
                                        >> 8U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0[3U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3928)
                  ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3920)) 
                << 0x1eU) | ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3877)
                                ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3869)) 
                              << 0x10U) | ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3826)
                                              ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3818)) 
                                            << 2U) 
                                           | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3775)
                                                ? 0U
                                                : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3767)) 
                                              >> 0xcU))));
        __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0[4U] 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3928)
                 ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3920)) 
               >> 2U);
        __Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0 
            = vlSelf->testbench__DOT__dut__DOT__s1_p2_group;
        __Vdlyvval__testbench__DOT__dut__DOT__s1_counts__v0 
            = (((QData)((IData)((((((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                     ? 0U : (IData)(
                                                    (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                     >> 0x24U))) 
                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3928)) 
                                  << 0x1cU) | ((0xf000000U 
                                                & ((((0U 
                                                      == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                                      ? 0U
                                                      : (IData)(
                                                                (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                                 >> 0x20U))) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3877)) 
                                                   << 0x18U)) 
                                               | ((0xf00000U 
                                                   & ((((0U 
                                                         == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                                         ? 0U
                                                         : (IData)(
                                                                   (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                                    >> 0x1cU))) 
                                                       + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3826)) 
                                                      << 0x14U)) 
                                                  | ((0xf0000U 
                                                      & ((((0U 
                                                            == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                                            ? 0U
                                                            : (IData)(
                                                                      (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                                       >> 0x18U))) 
                                                          + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3775)) 
                                                         << 0x10U)) 
                                                     | ((0xf000U 
                                                         & ((((0U 
                                                               == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                                               ? 0U
                                                               : (IData)(
                                                                         (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                                          >> 0x14U))) 
                                                             + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3724)) 
                                                            << 0xcU)) 
                                                        | ((0xf00U 
                                                            & ((((0U 
                                                                  == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                                                  ? 0U
                                                                  : (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                                             >> 0x10U))) 
                                                                + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3673)) 
                                                               << 8U)) 
                                                           | ((0xf0U 
                                                               & ((((0U 
                                                                     == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                                                     ? 0U
                                                                     : (IData)(
                                                                               (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                                                >> 0xcU))) 
                                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3622)) 
                                                                  << 4U)) 
                                                              | (0xfU 
                                                                 & (((0U 
                                                                      == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                                                      ? 0U
                                                                      : (IData)(
                                                                                (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                                                >> 8U))) 
                                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3571)))))))))))) 
                << 8U) | (QData)((IData)(((0xf0U & 
                                           ((((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                               ? 0U
                                               : (IData)(
                                                         (vlSelf->testbench__DOT__dut__DOT__s1_count_word 
                                                          >> 4U))) 
                                             + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3520)) 
                                            << 4U)) 
                                          | (0xfU & 
                                             (((0U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                                                ? 0U
                                                : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_count_word)) 
                                              + (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3469)))))));
        __Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s1_counts__v0 
            = vlSelf->testbench__DOT__dut__DOT__s1_p2_group;
    }
    if (vlSelf->testbench__DOT__dut__DOT__tmp740) {
        __Vdlyvval__testbench__DOT__dut__DOT__s0_spikes__v0 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2983) 
                << 0x1fU) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2932) 
                              << 0x1eU) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2881) 
                                            << 0x1dU) 
                                           | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2830) 
                                               << 0x1cU) 
                                              | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2779) 
                                                  << 0x1bU) 
                                                 | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2728) 
                                                     << 0x1aU) 
                                                    | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2677) 
                                                        << 0x19U) 
                                                       | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2626) 
                                                           << 0x18U) 
                                                          | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2575) 
                                                              << 0x17U) 
                                                             | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2524) 
                                                                 << 0x16U) 
                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2473) 
                                                                    << 0x15U) 
                                                                   | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2422) 
                                                                       << 0x14U) 
                                                                      | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2371) 
                                                                          << 0x13U) 
                                                                         | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2320) 
                                                                             << 0x12U) 
                                                                            | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2269) 
                                                                                << 0x11U) 
                                                                               | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2218) 
                                                                                << 0x10U) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2167) 
                                                                                << 0xfU) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2116) 
                                                                                << 0xeU) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2065) 
                                                                                << 0xdU) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2014) 
                                                                                << 0xcU) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1963) 
                                                                                << 0xbU) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1912) 
                                                                                << 0xaU) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1861) 
                                                                                << 9U) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1810) 
                                                                                << 8U) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1759) 
                                                                                << 7U) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1708) 
                                                                                << 6U) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1657) 
                                                                                << 5U) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1606) 
                                                                                << 4U) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1555) 
                                                                                << 3U) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1504) 
                                                                                << 2U) 
                                                                                | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1453) 
                                                                                << 1U) 
                                                                                | (IData)(vlSelf->testbench__DOT__dut__DOT__tmp1402))))))))))))))))))))))))))))))));
        __Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s0_spikes__v0 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half) 
                << 2U) | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_group));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0U] 
            = (IData)((((QData)((IData)(((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1504)
                                          ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1496))) 
                        << 0x2aU) | (((QData)((IData)(
                                                      ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1453)
                                                        ? 0U
                                                        : vlSelf->testbench__DOT__dut__DOT__tmp1445))) 
                                      << 0x15U) | (QData)((IData)(
                                                                  ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1402)
                                                                    ? 0U
                                                                    : vlSelf->testbench__DOT__dut__DOT__tmp1394))))));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[1U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1555)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1547) 
                << 0x1fU) | (IData)(((((QData)((IData)(
                                                       ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1504)
                                                         ? 0U
                                                         : vlSelf->testbench__DOT__dut__DOT__tmp1496))) 
                                       << 0x2aU) | 
                                      (((QData)((IData)(
                                                        ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1453)
                                                          ? 0U
                                                          : vlSelf->testbench__DOT__dut__DOT__tmp1445))) 
                                        << 0x15U) | (QData)((IData)(
                                                                    ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1402)
                                                                      ? 0U
                                                                      : vlSelf->testbench__DOT__dut__DOT__tmp1394))))) 
                                     >> 0x20U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[2U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1606)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1598) 
                << 0x14U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1555)
                               ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1547) 
                             >> 1U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[3U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1708)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1700) 
                << 0x1eU) | ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1657)
                                ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1649) 
                              << 9U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1606)
                                          ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1598) 
                                        >> 0xcU)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[4U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1759)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1751) 
                << 0x13U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1708)
                               ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1700) 
                             >> 2U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[5U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1861)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1853) 
                << 0x1dU) | ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1810)
                                ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1802) 
                              << 8U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1759)
                                          ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1751) 
                                        >> 0xdU)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[6U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1912)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1904) 
                << 0x12U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1861)
                               ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1853) 
                             >> 3U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[7U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2014)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2006) 
                << 0x1cU) | ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1963)
                                ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1955) 
                              << 7U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1912)
                                          ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp1904) 
                                        >> 0xeU)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[8U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2065)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2057) 
                << 0x11U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2014)
                               ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2006) 
                             >> 4U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[9U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2167)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2159) 
                << 0x1bU) | ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2116)
                                ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2108) 
                              << 6U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2065)
                                          ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2057) 
                                        >> 0xfU)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0xaU] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2218)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2210) 
                << 0x10U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2167)
                               ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2159) 
                             >> 5U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0xbU] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2320)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2312) 
                << 0x1aU) | ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2269)
                                ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2261) 
                              << 5U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2218)
                                          ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2210) 
                                        >> 0x10U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0xcU] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2371)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2363) 
                << 0xfU) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2320)
                              ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2312) 
                            >> 6U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0xdU] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2473)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2465) 
                << 0x19U) | ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2422)
                                ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2414) 
                              << 4U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2371)
                                          ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2363) 
                                        >> 0x11U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0xeU] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2524)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2516) 
                << 0xeU) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2473)
                              ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2465) 
                            >> 7U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0xfU] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2626)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2618) 
                << 0x18U) | ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2575)
                                ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2567) 
                              << 3U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2524)
                                          ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2516) 
                                        >> 0x12U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0x10U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2677)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2669) 
                << 0xdU) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2626)
                              ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2618) 
                            >> 8U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0x11U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2779)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2771) 
                << 0x17U) | ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2728)
                                ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2720) 
                              << 2U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2677)
                                          ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2669) 
                                        >> 0x13U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0x12U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2830)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2822) 
                << 0xcU) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2779)
                              ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2771) 
                            >> 9U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0x13U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2932)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2924) 
                << 0x16U) | ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2881)
                                ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2873) 
                              << 1U) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2830)
                                          ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2822) 
                                        >> 0x14U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0x14U] 
            = ((((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2983)
                  ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2975) 
                << 0xbU) | (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2932)
                              ? 0U : vlSelf->testbench__DOT__dut__DOT__tmp2924) 
                            >> 0xaU));
        __Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0 
            = vlSelf->testbench__DOT__dut__DOT__s0_p2_group;
    }
    if (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp740) 
         & (0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)))) {
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0U] 
            = (IData)((((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp817)) 
                        << 0x28U) | (((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp802)) 
                                      << 0x14U) | (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp787)))));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[1U] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp832 
                << 0x1cU) | (IData)(((((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp817)) 
                                       << 0x28U) | 
                                      (((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp802)) 
                                        << 0x14U) | (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp787)))) 
                                     >> 0x20U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[2U] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp847 
                << 0x10U) | (vlSelf->testbench__DOT__dut__DOT__tmp832 
                             >> 4U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[3U] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp877 
                << 0x18U) | ((vlSelf->testbench__DOT__dut__DOT__tmp862 
                              << 4U) | (vlSelf->testbench__DOT__dut__DOT__tmp847 
                                        >> 0x10U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[4U] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp892 
                << 0xcU) | (vlSelf->testbench__DOT__dut__DOT__tmp877 
                            >> 8U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[5U] 
            = (IData)((((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp937)) 
                        << 0x28U) | (((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp922)) 
                                      << 0x14U) | (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp907)))));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[6U] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp952 
                << 0x1cU) | (IData)(((((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp937)) 
                                       << 0x28U) | 
                                      (((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp922)) 
                                        << 0x14U) | (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp907)))) 
                                     >> 0x20U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[7U] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp967 
                << 0x10U) | (vlSelf->testbench__DOT__dut__DOT__tmp952 
                             >> 4U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[8U] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp997 
                << 0x18U) | ((vlSelf->testbench__DOT__dut__DOT__tmp982 
                              << 4U) | (vlSelf->testbench__DOT__dut__DOT__tmp967 
                                        >> 0x10U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[9U] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp1012 
                << 0xcU) | (vlSelf->testbench__DOT__dut__DOT__tmp997 
                            >> 8U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0xaU] 
            = (IData)((((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1057)) 
                        << 0x28U) | (((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1042)) 
                                      << 0x14U) | (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1027)))));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0xbU] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp1072 
                << 0x1cU) | (IData)(((((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1057)) 
                                       << 0x28U) | 
                                      (((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1042)) 
                                        << 0x14U) | (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1027)))) 
                                     >> 0x20U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0xcU] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp1087 
                << 0x10U) | (vlSelf->testbench__DOT__dut__DOT__tmp1072 
                             >> 4U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0xdU] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp1117 
                << 0x18U) | ((vlSelf->testbench__DOT__dut__DOT__tmp1102 
                              << 4U) | (vlSelf->testbench__DOT__dut__DOT__tmp1087 
                                        >> 0x10U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0xeU] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp1132 
                << 0xcU) | (vlSelf->testbench__DOT__dut__DOT__tmp1117 
                            >> 8U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0xfU] 
            = (IData)((((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1177)) 
                        << 0x28U) | (((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1162)) 
                                      << 0x14U) | (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1147)))));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0x10U] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp1192 
                << 0x1cU) | (IData)(((((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1177)) 
                                       << 0x28U) | 
                                      (((QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1162)) 
                                        << 0x14U) | (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__tmp1147)))) 
                                     >> 0x20U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0x11U] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp1207 
                << 0x10U) | (vlSelf->testbench__DOT__dut__DOT__tmp1192 
                             >> 4U));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0x12U] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp1237 
                << 0x18U) | ((vlSelf->testbench__DOT__dut__DOT__tmp1222 
                              << 4U) | (vlSelf->testbench__DOT__dut__DOT__tmp1207 
                                        >> 0x10U)));
        __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0x13U] 
            = ((vlSelf->testbench__DOT__dut__DOT__tmp1252 
                << 0xcU) | (vlSelf->testbench__DOT__dut__DOT__tmp1237 
                            >> 8U));
        __Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0 = 1U;
        __Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0 
            = vlSelf->testbench__DOT__dut__DOT__s0_p2_group;
    }
    vlSelf->testbench__DOT__dut__DOT__s1_p2_update 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_update));
    vlSelf->testbench__DOT__dut__DOT__s0_p2_update 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_update));
    vlSelf->testbench__DOT__dut__DOT__s1_p2_last = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_last));
    vlSelf->testbench__DOT__dut__DOT__s0_p2_last = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_last));
    vlSelf->testbench__DOT__dut__DOT__s1_p2_valid = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_valid));
    vlSelf->testbench__DOT__dut__DOT__s0_p2_valid = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_valid));
    vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half 
        = __Vdly__testbench__DOT__dut__DOT__s0_in_wr_half;
    if (vlSelf->testbench__DOT__rst) {
        vlSelf->testbench__DOT__dut__DOT__s1_best = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_emit_group = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_out_lane = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_out_state = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_best_index = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_out_position = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_best_index 
            = __Vdly__testbench__DOT__dut__DOT__s1_best_index;
        vlSelf->testbench__DOT__dut__DOT__s1_out_position 
            = __Vdly__testbench__DOT__dut__DOT__s1_out_position;
        vlSelf->testbench__DOT__dut__DOT__s1_out_lane 
            = __Vdly__testbench__DOT__dut__DOT__s1_out_lane;
        vlSelf->testbench__DOT__dut__DOT__s1_out_state 
            = __Vdly__testbench__DOT__dut__DOT__s1_out_state;
        vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half 
            = __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half;
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
        vlSelf->testbench__DOT__dut__DOT__s1_acc9 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_acc8 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_acc7 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_acc6 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_acc5 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_acc4 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_acc3 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_acc0 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_acc1 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_acc2 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc26 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc25 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc24 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc23 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc22 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc21 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc20 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc19 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc18 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc17 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc16 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc15 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc14 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc13 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc12 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc11 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc0 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc1 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc2 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc3 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc4 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc5 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc6 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc8 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc9 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc10 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc7 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc27 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc28 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc29 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc30 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_acc31 = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_emit_sent = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_emit_raw = 0U;
    } else {
        if (vlSelf->testbench__DOT__dut__DOT__tmp4047) {
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
        __Vdly__testbench__DOT__dut__DOT__s0_emit_group 
            = (3U & ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp2992)) 
                       & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)) 
                      & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3016)))
                      ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3020)
                      : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2992)
                          ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_group))));
        __Vdly__testbench__DOT__dut__DOT__s1_out_lane 
            = (0xfU & ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3995)) 
                           & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                          & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                         & (9U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position))) 
                        & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4059)))
                        ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4092)
                        : ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3995)) 
                               & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                              & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                             & (9U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position))) 
                            & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4059))
                            ? 0U : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3995)
                                     ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)))));
        __Vdly__testbench__DOT__dut__DOT__s1_out_state 
            = (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3995)) 
                  & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4050))) 
                 & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4036))) 
                & (3U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state)))
                ? 0U : ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3995)) 
                            & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4050))) 
                           & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4036)) 
                          & (9U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position))) 
                         & (9U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)))
                         ? 1U : (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3995)) 
                                    & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4050))) 
                                   & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4036)) 
                                  & (9U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)))
                                  ? 3U : (((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3995)) 
                                           & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4050))
                                           ? 2U : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3995)
                                                    ? 1U
                                                    : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))))));
        __Vdly__testbench__DOT__dut__DOT__s1_out_position 
            = (0xfU & ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3995)) 
                           & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                          & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                         & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4053))) 
                        & (9U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)))
                        ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4083)
                        : ((((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3995)) 
                               & (1U != (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                              & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))) 
                             & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4053))) 
                            & (9U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)))
                            ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp4083)
                            : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3995)
                                ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)))));
        vlSelf->testbench__DOT__dut__DOT__s1_best_index 
            = __Vdly__testbench__DOT__dut__DOT__s1_best_index;
        vlSelf->testbench__DOT__dut__DOT__s1_out_position 
            = __Vdly__testbench__DOT__dut__DOT__s1_out_position;
        vlSelf->testbench__DOT__dut__DOT__s1_out_lane 
            = __Vdly__testbench__DOT__dut__DOT__s1_out_lane;
        vlSelf->testbench__DOT__dut__DOT__s1_out_state 
            = __Vdly__testbench__DOT__dut__DOT__s1_out_state;
        vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half 
            = __Vdly__testbench__DOT__dut__DOT__s1_in_wr_half;
        __Vdly__testbench__DOT__dut__DOT__s0_emit_state 
            = ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp2992)) 
                 & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance))) 
                & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_push_eos))
                ? 0U : ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp2992)) 
                          & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)) 
                         & (3U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_group)))
                         ? 2U : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2992)
                                  ? 1U : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))));
        __Vdly__testbench__DOT__dut__DOT__s0_emit_half 
            = (1U & ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp2992)) 
                       & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance))) 
                      & (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)))
                      ? (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_half))
                      : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_half)));
        __Vdly__testbench__DOT__dut__DOT__s0_spike_full0 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp626) 
                & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half))) 
               | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full0) 
                  & (~ ((2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                        & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_half))))));
        __Vdly__testbench__DOT__dut__DOT__s0_spike_full1 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp626) 
                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half)) 
               | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full1) 
                  & (~ ((2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_half)))));
        __Vdly__testbench__DOT__dut__DOT__s0_spike_wr_half 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half) 
               ^ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp626));
        vlSelf->testbench__DOT__dut__DOT__s0_spike_full0 
            = __Vdly__testbench__DOT__dut__DOT__s0_spike_full0;
        vlSelf->testbench__DOT__dut__DOT__s0_spike_full1 
            = __Vdly__testbench__DOT__dut__DOT__s0_spike_full1;
        vlSelf->testbench__DOT__dut__DOT__s0_emit_state 
            = __Vdly__testbench__DOT__dut__DOT__s0_emit_state;
        vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half 
            = __Vdly__testbench__DOT__dut__DOT__s0_spike_wr_half;
        if (vlSelf->testbench__DOT__dut__DOT__tmp3318) {
            vlSelf->testbench__DOT__dut__DOT__s1_acc9 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3404));
            vlSelf->testbench__DOT__dut__DOT__s1_acc8 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3396));
            vlSelf->testbench__DOT__dut__DOT__s1_acc7 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3388));
            vlSelf->testbench__DOT__dut__DOT__s1_acc6 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3380));
            vlSelf->testbench__DOT__dut__DOT__s1_acc5 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3372));
            vlSelf->testbench__DOT__dut__DOT__s1_acc4 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3364));
            vlSelf->testbench__DOT__dut__DOT__s1_acc3 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3356));
            vlSelf->testbench__DOT__dut__DOT__s1_acc0 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3332));
            vlSelf->testbench__DOT__dut__DOT__s1_acc1 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3340));
            vlSelf->testbench__DOT__dut__DOT__s1_acc2 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3348));
        } else if (vlSelf->testbench__DOT__dut__DOT__tmp3319) {
            vlSelf->testbench__DOT__dut__DOT__s1_acc9 
                = (0x1fffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s1_acc8 
                = (0x1fffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s1_acc7 
                = (0x1fffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s1_acc6 
                = (0x1fffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s1_acc5 
                = (0x1fffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s1_acc4 
                = (0x1fffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s1_acc3 
                = (0x1fffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s1_acc0 
                = (0x1fffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s1_acc1 
                = (0x1fffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s1_acc2 
                = (0x1fffU & 0U);
        } else {
            vlSelf->testbench__DOT__dut__DOT__s1_acc9 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc9));
            vlSelf->testbench__DOT__dut__DOT__s1_acc8 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc8));
            vlSelf->testbench__DOT__dut__DOT__s1_acc7 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc7));
            vlSelf->testbench__DOT__dut__DOT__s1_acc6 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc6));
            vlSelf->testbench__DOT__dut__DOT__s1_acc5 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc5));
            vlSelf->testbench__DOT__dut__DOT__s1_acc4 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc4));
            vlSelf->testbench__DOT__dut__DOT__s1_acc3 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc3));
            vlSelf->testbench__DOT__dut__DOT__s1_acc0 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc0));
            vlSelf->testbench__DOT__dut__DOT__s1_acc1 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc1));
            vlSelf->testbench__DOT__dut__DOT__s1_acc2 
                = (0x1fffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc2));
        }
        if (vlSelf->testbench__DOT__dut__DOT__tmp739) {
            vlSelf->testbench__DOT__dut__DOT__s0_acc26 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1172);
            vlSelf->testbench__DOT__dut__DOT__s0_acc25 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1157);
            vlSelf->testbench__DOT__dut__DOT__s0_acc24 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1142);
            vlSelf->testbench__DOT__dut__DOT__s0_acc23 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1127);
            vlSelf->testbench__DOT__dut__DOT__s0_acc22 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1112);
            vlSelf->testbench__DOT__dut__DOT__s0_acc21 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1097);
            vlSelf->testbench__DOT__dut__DOT__s0_acc20 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1082);
            vlSelf->testbench__DOT__dut__DOT__s0_acc19 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1067);
            vlSelf->testbench__DOT__dut__DOT__s0_acc18 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1052);
            vlSelf->testbench__DOT__dut__DOT__s0_acc17 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1037);
            vlSelf->testbench__DOT__dut__DOT__s0_acc16 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1022);
            vlSelf->testbench__DOT__dut__DOT__s0_acc15 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1007);
            vlSelf->testbench__DOT__dut__DOT__s0_acc14 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp992);
            vlSelf->testbench__DOT__dut__DOT__s0_acc13 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp977);
            vlSelf->testbench__DOT__dut__DOT__s0_acc12 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp962);
            vlSelf->testbench__DOT__dut__DOT__s0_acc11 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp947);
            vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp782);
            vlSelf->testbench__DOT__dut__DOT__s0_acc1 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp797);
            vlSelf->testbench__DOT__dut__DOT__s0_acc2 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp812);
            vlSelf->testbench__DOT__dut__DOT__s0_acc3 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp827);
            vlSelf->testbench__DOT__dut__DOT__s0_acc4 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp842);
            vlSelf->testbench__DOT__dut__DOT__s0_acc5 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp857);
            vlSelf->testbench__DOT__dut__DOT__s0_acc6 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp872);
            vlSelf->testbench__DOT__dut__DOT__s0_acc8 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp902);
            vlSelf->testbench__DOT__dut__DOT__s0_acc9 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp917);
            vlSelf->testbench__DOT__dut__DOT__s0_acc10 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp932);
            vlSelf->testbench__DOT__dut__DOT__s0_acc7 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp887);
            vlSelf->testbench__DOT__dut__DOT__s0_acc27 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1187);
            vlSelf->testbench__DOT__dut__DOT__s0_acc28 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1202);
            vlSelf->testbench__DOT__dut__DOT__s0_acc29 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1217);
            vlSelf->testbench__DOT__dut__DOT__s0_acc30 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1232);
            vlSelf->testbench__DOT__dut__DOT__s0_acc31 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__tmp1247);
        } else if (vlSelf->testbench__DOT__dut__DOT__tmp740) {
            vlSelf->testbench__DOT__dut__DOT__s0_acc26 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc25 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc24 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc23 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc22 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc21 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc20 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc19 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc18 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc17 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc16 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc15 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc14 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc13 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc12 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc11 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc1 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc2 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc3 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc4 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc5 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc6 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc8 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc9 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc10 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc7 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc27 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc28 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc29 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc30 
                = (0xfffffU & 0U);
            vlSelf->testbench__DOT__dut__DOT__s0_acc31 
                = (0xfffffU & 0U);
        } else {
            vlSelf->testbench__DOT__dut__DOT__s0_acc26 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc26);
            vlSelf->testbench__DOT__dut__DOT__s0_acc25 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc25);
            vlSelf->testbench__DOT__dut__DOT__s0_acc24 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc24);
            vlSelf->testbench__DOT__dut__DOT__s0_acc23 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc23);
            vlSelf->testbench__DOT__dut__DOT__s0_acc22 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc22);
            vlSelf->testbench__DOT__dut__DOT__s0_acc21 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc21);
            vlSelf->testbench__DOT__dut__DOT__s0_acc20 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc20);
            vlSelf->testbench__DOT__dut__DOT__s0_acc19 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc19);
            vlSelf->testbench__DOT__dut__DOT__s0_acc18 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc18);
            vlSelf->testbench__DOT__dut__DOT__s0_acc17 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc17);
            vlSelf->testbench__DOT__dut__DOT__s0_acc16 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc16);
            vlSelf->testbench__DOT__dut__DOT__s0_acc15 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc15);
            vlSelf->testbench__DOT__dut__DOT__s0_acc14 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc14);
            vlSelf->testbench__DOT__dut__DOT__s0_acc13 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc13);
            vlSelf->testbench__DOT__dut__DOT__s0_acc12 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc12);
            vlSelf->testbench__DOT__dut__DOT__s0_acc11 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc11);
            vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc0);
            vlSelf->testbench__DOT__dut__DOT__s0_acc1 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc1);
            vlSelf->testbench__DOT__dut__DOT__s0_acc2 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc2);
            vlSelf->testbench__DOT__dut__DOT__s0_acc3 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc3);
            vlSelf->testbench__DOT__dut__DOT__s0_acc4 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc4);
            vlSelf->testbench__DOT__dut__DOT__s0_acc5 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc5);
            vlSelf->testbench__DOT__dut__DOT__s0_acc6 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc6);
            vlSelf->testbench__DOT__dut__DOT__s0_acc8 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc8);
            vlSelf->testbench__DOT__dut__DOT__s0_acc9 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc9);
            vlSelf->testbench__DOT__dut__DOT__s0_acc10 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc10);
            vlSelf->testbench__DOT__dut__DOT__s0_acc7 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc7);
            vlSelf->testbench__DOT__dut__DOT__s0_acc27 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc27);
            vlSelf->testbench__DOT__dut__DOT__s0_acc28 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc28);
            vlSelf->testbench__DOT__dut__DOT__s0_acc29 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc29);
            vlSelf->testbench__DOT__dut__DOT__s0_acc30 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc30);
            vlSelf->testbench__DOT__dut__DOT__s0_acc31 
                = (0xfffffU & vlSelf->testbench__DOT__dut__DOT__s0_acc31);
        }
        vlSelf->testbench__DOT__dut__DOT__s0_emit_sent 
            = (((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2992) 
                | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance))
                ? 0U : (vlSelf->testbench__DOT__dut__DOT__s0_emit_sent 
                        | vlSelf->testbench__DOT__dut__DOT__tmp3008));
        vlSelf->testbench__DOT__dut__DOT__s0_emit_raw 
            = vlSelf->testbench__DOT__dut__DOT__s0_spikes
            [(((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_half) 
               << 2U) | ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp2992)
                          ? 0U : (3U & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_advance)
                                         ? ((IData)(1U) 
                                            + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_group))
                                         : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_group)))))];
    }
    if (__Vdlyvset__testbench__DOT__dut__DOT__s0_spikes__v0) {
        vlSelf->testbench__DOT__dut__DOT__s0_spikes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_spikes__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_spikes__v0;
    }
    vlSelf->testbench__DOT__dut__DOT__s0_emit_half 
        = __Vdly__testbench__DOT__dut__DOT__s0_emit_half;
    vlSelf->testbench__DOT__dut__DOT__s0_emit_group 
        = __Vdly__testbench__DOT__dut__DOT__s0_emit_group;
    if (vlSelf->testbench__DOT__rst) {
        vlSelf->testbench__DOT__dut__DOT__s0_pixel = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_v_word[0U] = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_v_word[1U] = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_v_word[2U] = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_v_word[3U] = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_v_word[4U] = 0U;
    } else {
        vlSelf->testbench__DOT__dut__DOT__s0_pixel 
            = (0xffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_entry));
        vlSelf->testbench__DOT__dut__DOT__s1_v_word[0U] 
            = vlSelf->testbench__DOT__dut__DOT__s1_membranes
            [vlSelf->testbench__DOT__dut__DOT__tmp3302][0U];
        vlSelf->testbench__DOT__dut__DOT__s1_v_word[1U] 
            = vlSelf->testbench__DOT__dut__DOT__s1_membranes
            [vlSelf->testbench__DOT__dut__DOT__tmp3302][1U];
        vlSelf->testbench__DOT__dut__DOT__s1_v_word[2U] 
            = vlSelf->testbench__DOT__dut__DOT__s1_membranes
            [vlSelf->testbench__DOT__dut__DOT__tmp3302][2U];
        vlSelf->testbench__DOT__dut__DOT__s1_v_word[3U] 
            = vlSelf->testbench__DOT__dut__DOT__s1_membranes
            [vlSelf->testbench__DOT__dut__DOT__tmp3302][3U];
        vlSelf->testbench__DOT__dut__DOT__s1_v_word[4U] 
            = vlSelf->testbench__DOT__dut__DOT__s1_membranes
            [vlSelf->testbench__DOT__dut__DOT__tmp3302][4U];
    }
    if (__Vdlyvset__testbench__DOT__dut__DOT__s1_membranes__v0) {
        vlSelf->testbench__DOT__dut__DOT__s1_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0][0U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0[0U];
        vlSelf->testbench__DOT__dut__DOT__s1_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0][1U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0[1U];
        vlSelf->testbench__DOT__dut__DOT__s1_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0][2U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0[2U];
        vlSelf->testbench__DOT__dut__DOT__s1_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0][3U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0[3U];
        vlSelf->testbench__DOT__dut__DOT__s1_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s1_membranes__v0][4U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s1_membranes__v0[4U];
    }
    if (vlSelf->testbench__DOT__rst) {
        vlSelf->testbench__DOT__dut__DOT__s1_weight_word[0U] = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_weight_word[1U] = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_weight_word[2U] = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_param_word[0U] = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_param_word[1U] = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_param_word[2U] = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_param_word[3U] = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_param_word[4U] = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[0U] 
            = Vtestbench__ConstPool__CONST_h9e67c271_0[0U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[1U] 
            = Vtestbench__ConstPool__CONST_h9e67c271_0[1U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[2U] 
            = Vtestbench__ConstPool__CONST_h9e67c271_0[2U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[3U] 
            = Vtestbench__ConstPool__CONST_h9e67c271_0[3U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[4U] 
            = Vtestbench__ConstPool__CONST_h9e67c271_0[4U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[5U] 
            = Vtestbench__ConstPool__CONST_h9e67c271_0[5U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[6U] 
            = Vtestbench__ConstPool__CONST_h9e67c271_0[6U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[7U] 
            = Vtestbench__ConstPool__CONST_h9e67c271_0[7U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[1U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[1U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[2U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[2U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[3U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[3U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[4U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[4U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[5U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[5U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[6U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[6U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[7U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[7U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[8U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[8U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[9U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[9U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xaU] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0xaU];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xbU] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0xbU];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xcU] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0xcU];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xdU] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0xdU];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xeU] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0xeU];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xfU] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0xfU];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x10U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0x10U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x11U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0x11U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x12U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0x12U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x13U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0x13U];
    } else {
        vlSelf->testbench__DOT__dut__DOT__s1_weight_word[0U] 
            = vlSelf->testbench__DOT__dut__DOT__s1_weights
            [(0x7fU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_entry) 
                       + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_group)))][0U];
        vlSelf->testbench__DOT__dut__DOT__s1_weight_word[1U] 
            = vlSelf->testbench__DOT__dut__DOT__s1_weights
            [(0x7fU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_entry) 
                       + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_group)))][1U];
        vlSelf->testbench__DOT__dut__DOT__s1_weight_word[2U] 
            = vlSelf->testbench__DOT__dut__DOT__s1_weights
            [(0x7fU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_entry) 
                       + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_group)))][2U];
        vlSelf->testbench__DOT__dut__DOT__s1_param_word[0U] 
            = vlSelf->testbench__DOT__dut__DOT__s1_params
            [vlSelf->testbench__DOT__dut__DOT__s1_p1_group][0U];
        vlSelf->testbench__DOT__dut__DOT__s1_param_word[1U] 
            = vlSelf->testbench__DOT__dut__DOT__s1_params
            [vlSelf->testbench__DOT__dut__DOT__s1_p1_group][1U];
        vlSelf->testbench__DOT__dut__DOT__s1_param_word[2U] 
            = vlSelf->testbench__DOT__dut__DOT__s1_params
            [vlSelf->testbench__DOT__dut__DOT__s1_p1_group][2U];
        vlSelf->testbench__DOT__dut__DOT__s1_param_word[3U] 
            = vlSelf->testbench__DOT__dut__DOT__s1_params
            [vlSelf->testbench__DOT__dut__DOT__s1_p1_group][3U];
        vlSelf->testbench__DOT__dut__DOT__s1_param_word[4U] 
            = vlSelf->testbench__DOT__dut__DOT__s1_params
            [vlSelf->testbench__DOT__dut__DOT__s1_p1_group][4U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[0U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_weights
            [(0xffU & ((0xfcU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_entry) 
                                 >> 6U)) + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_group)))][0U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[1U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_weights
            [(0xffU & ((0xfcU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_entry) 
                                 >> 6U)) + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_group)))][1U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[2U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_weights
            [(0xffU & ((0xfcU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_entry) 
                                 >> 6U)) + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_group)))][2U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[3U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_weights
            [(0xffU & ((0xfcU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_entry) 
                                 >> 6U)) + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_group)))][3U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[4U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_weights
            [(0xffU & ((0xfcU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_entry) 
                                 >> 6U)) + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_group)))][4U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[5U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_weights
            [(0xffU & ((0xfcU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_entry) 
                                 >> 6U)) + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_group)))][5U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[6U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_weights
            [(0xffU & ((0xfcU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_entry) 
                                 >> 6U)) + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_group)))][6U];
        vlSelf->testbench__DOT__dut__DOT__s0_weight_word[7U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_weights
            [(0xffU & ((0xfcU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_entry) 
                                 >> 6U)) + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p1_group)))][7U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[1U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][1U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[2U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][2U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[3U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][3U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[4U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][4U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[5U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][5U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[6U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][6U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[7U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][7U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[8U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][8U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[9U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][9U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xaU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xaU];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xbU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xbU];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xcU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xcU];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xdU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xdU];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xeU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xeU];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xfU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xfU];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x10U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0x10U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x11U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0x11U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x12U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0x12U];
        vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x13U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_currents
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0x13U];
    }
    if (__Vdlyvset__testbench__DOT__dut__DOT__s0_currents__v0) {
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][0U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0U];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][1U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[1U];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][2U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[2U];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][3U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[3U];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][4U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[4U];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][5U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[5U];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][6U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[6U];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][7U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[7U];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][8U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[8U];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][9U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[9U];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][0xaU] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0xaU];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][0xbU] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0xbU];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][0xcU] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0xcU];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][0xdU] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0xdU];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][0xeU] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0xeU];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][0xfU] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0xfU];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][0x10U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0x10U];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][0x11U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0x11U];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][0x12U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0x12U];
        vlSelf->testbench__DOT__dut__DOT__s0_currents[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_currents__v0][0x13U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_currents__v0[0x13U];
    }
    if (vlSelf->testbench__DOT__rst) {
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[1U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[1U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[2U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[2U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[3U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[3U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[4U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[4U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[5U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[5U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[6U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[6U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[7U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[7U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[8U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[8U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[9U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[9U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xaU] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0xaU];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xbU] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0xbU];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xcU] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0xcU];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xdU] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0xdU];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xeU] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0xeU];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xfU] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0xfU];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x10U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0x10U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x11U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0x11U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x12U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0x12U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x13U] 
            = Vtestbench__ConstPool__CONST_h7ca4bd95_0[0x13U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[0U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[1U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[1U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[2U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[2U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[3U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[3U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[4U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[4U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[5U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[5U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[6U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[6U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[7U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[7U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[8U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[8U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[9U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[9U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xaU] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[0xaU];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xbU] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[0xbU];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xcU] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[0xcU];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xdU] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[0xdU];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xeU] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[0xeU];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xfU] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[0xfU];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x10U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[0x10U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x11U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[0x11U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x12U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[0x12U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x13U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[0x13U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x14U] 
            = Vtestbench__ConstPool__CONST_hb8942254_0[0x14U];
    } else {
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[1U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][1U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[2U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][2U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[3U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][3U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[4U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][4U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[5U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][5U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[6U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][6U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[7U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][7U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[8U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][8U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[9U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][9U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xaU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xaU];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xbU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xbU];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xcU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xcU];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xdU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xdU];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xeU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xeU];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xfU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xfU];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x10U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0x10U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x11U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0x11U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x12U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0x12U];
        vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x13U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_params
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0x13U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[1U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][1U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[2U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][2U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[3U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][3U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[4U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][4U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[5U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][5U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[6U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][6U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[7U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][7U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[8U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][8U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[9U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][9U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xaU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xaU];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xbU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xbU];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xcU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xcU];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xdU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xdU];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xeU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xeU];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0xfU] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0xfU];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x10U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0x10U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x11U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0x11U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x12U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0x12U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x13U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0x13U];
        vlSelf->testbench__DOT__dut__DOT__s0_v_word[0x14U] 
            = vlSelf->testbench__DOT__dut__DOT__s0_membranes
            [vlSelf->testbench__DOT__dut__DOT__s0_p1_group][0x14U];
    }
    if (__Vdlyvset__testbench__DOT__dut__DOT__s0_membranes__v0) {
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][0U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0U];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][1U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[1U];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][2U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[2U];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][3U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[3U];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][4U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[4U];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][5U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[5U];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][6U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[6U];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][7U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[7U];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][8U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[8U];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][9U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[9U];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][0xaU] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0xaU];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][0xbU] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0xbU];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][0xcU] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0xcU];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][0xdU] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0xdU];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][0xeU] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0xeU];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][0xfU] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0xfU];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][0x10U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0x10U];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][0x11U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0x11U];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][0x12U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0x12U];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][0x13U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0x13U];
        vlSelf->testbench__DOT__dut__DOT__s0_membranes[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_membranes__v0][0x14U] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_membranes__v0[0x14U];
    }
    vlSelf->testbench__DOT__dut__DOT__tmp4067 = (3U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg)));
    vlSelf->testbench__DOT__dut__DOT__tmp4053 = (9U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position));
    vlSelf->testbench__DOT__dut__DOT__tmp4083 = (0x1fU 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_position)));
    vlSelf->testbench__DOT__dut__DOT__tmp4059 = (9U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane));
    vlSelf->testbench__DOT__dut__DOT__tmp4092 = (0x1fU 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_lane)));
    vlSelf->testbench__DOT__dut__DOT__tmp4050 = (1U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state));
    vlSelf->testbench__DOT__dut__DOT__tmp4036 = (2U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state));
    testbench__DOT__dut__DOT__s1_in_push_ready = (1U 
                                                  & (~ 
                                                     ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half)
                                                       ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1)
                                                       : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0))));
    vlSelf->testbench__DOT__dut__DOT__s1_in_push_eos 
        = (2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state));
    vlSelf->testbench__DOT__dut__DOT__s1_p2_group = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_group));
    if (vlSelf->testbench__DOT__rst) {
        vlSelf->testbench__DOT__dut__DOT__s1_count_word = 0ULL;
        vlSelf->testbench__DOT__dut__DOT__s0_p2_group = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_entry = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_entry = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_events = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_group = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_in_count0 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_in_count1 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_issuing = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_k = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_p1_group = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_p1_valid = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_rd_half = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_running = 0U;
        __Vdly__testbench__DOT__dut__DOT__s1_step = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_events = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_group = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_in_count0 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_in_count1 = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_issuing = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_k = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_p1_group = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_p1_valid = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_rd_half = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_running = 0U;
        __Vdly__testbench__DOT__dut__DOT__s0_step = 0U;
        vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr = 0U;
        vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr = 0U;
    } else {
        vlSelf->testbench__DOT__dut__DOT__s1_count_word 
            = vlSelf->testbench__DOT__dut__DOT__s1_counts
            [vlSelf->testbench__DOT__dut__DOT__tmp3302];
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
        __Vdly__testbench__DOT__dut__DOT__s1_events 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3228)
                ? ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half)
                    ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_count1)
                    : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_count0))
                : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_events));
        __Vdly__testbench__DOT__dut__DOT__s1_group 
            = (1U & (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3228)) 
                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                       & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3230)) 
                      & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3231)))
                      ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3243)
                      : ((~ ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3228)) 
                               & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                              & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3230)) 
                             & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3231))) 
                         & ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3228)) 
                            & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group)))));
        __Vdly__testbench__DOT__dut__DOT__s1_in_count0 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp603)
                ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr)
                : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_count0));
        __Vdly__testbench__DOT__dut__DOT__s1_in_count1 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp609)
                ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr)
                : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_count1));
        __Vdly__testbench__DOT__dut__DOT__s1_issuing 
            = ((~ ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3228)) 
                     & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                    & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3230)) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3231))) 
               & ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3228) 
                  | (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)));
        __Vdly__testbench__DOT__dut__DOT__s1_k = (0xffU 
                                                  & ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3228)) 
                                                       & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                                                      & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3230)))
                                                      ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3250)
                                                      : 
                                                     ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3228)) 
                                                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing)) 
                                                       & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3230))
                                                       ? 0U
                                                       : 
                                                      ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3228)
                                                        ? 0U
                                                        : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k)))));
        vlSelf->testbench__DOT__dut__DOT__s1_p1_group 
            = vlSelf->testbench__DOT__dut__DOT__s1_group;
        vlSelf->testbench__DOT__dut__DOT__s1_p1_valid 
            = vlSelf->testbench__DOT__dut__DOT__s1_issuing;
        if ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3228)) 
              & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing))) 
             & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3229))) {
            __Vdly__testbench__DOT__dut__DOT__s1_rd_half 
                = (1U & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half)));
            __Vdly__testbench__DOT__dut__DOT__s1_step 
                = (7U & ((7U == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step))
                          ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3261)));
        } else {
            __Vdly__testbench__DOT__dut__DOT__s1_rd_half 
                = (1U & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half));
            __Vdly__testbench__DOT__dut__DOT__s1_step 
                = (7U & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step));
        }
        __Vdly__testbench__DOT__dut__DOT__s1_running 
            = ((~ (((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3228)) 
                    & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_issuing))) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3229))) 
               & ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3228) 
                  | (IData)(vlSelf->testbench__DOT__dut__DOT__s1_running)));
        __Vdly__testbench__DOT__dut__DOT__s0_events 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp625)
                ? ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp617)
                    ? ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half)
                        ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_count1)
                        : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_count0))
                    : 0U) : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_events));
        __Vdly__testbench__DOT__dut__DOT__s0_group 
            = (3U & (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp625)) 
                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_issuing)) 
                       & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp627)) 
                      & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp628)))
                      ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp641)
                      : (((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp625)) 
                            & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_issuing)) 
                           & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp627)) 
                          & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp628))
                          ? 0U : ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp625)
                                   ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group)))));
        __Vdly__testbench__DOT__dut__DOT__s0_in_count0 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp578)
                ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr)
                : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_count0));
        __Vdly__testbench__DOT__dut__DOT__s0_in_count1 
            = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp584)
                ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr)
                : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_count1));
        __Vdly__testbench__DOT__dut__DOT__s0_issuing 
            = ((~ ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp625)) 
                     & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_issuing)) 
                    & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp627)) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp628))) 
               & ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp625) 
                  | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_issuing)));
        __Vdly__testbench__DOT__dut__DOT__s0_k = (0x7fU 
                                                  & ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp625)) 
                                                       & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_issuing)) 
                                                      & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp627)))
                                                      ? (IData)(vlSelf->testbench__DOT__dut__DOT__tmp648)
                                                      : 
                                                     ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp625)) 
                                                        & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_issuing)) 
                                                       & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp627))
                                                       ? 0U
                                                       : 
                                                      ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp625)
                                                        ? 0U
                                                        : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k)))));
        vlSelf->testbench__DOT__dut__DOT__s0_p1_group 
            = vlSelf->testbench__DOT__dut__DOT__s0_group;
        vlSelf->testbench__DOT__dut__DOT__s0_p1_valid 
            = vlSelf->testbench__DOT__dut__DOT__s0_issuing;
        if ((((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp625)) 
              & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_issuing))) 
             & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp626))) {
            __Vdly__testbench__DOT__dut__DOT__s0_rd_half 
                = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half) 
                   ^ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp617));
            __Vdly__testbench__DOT__dut__DOT__s0_step 
                = (7U & ((7U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))
                          ? 0U : (IData)(vlSelf->testbench__DOT__dut__DOT__tmp659)));
        } else {
            __Vdly__testbench__DOT__dut__DOT__s0_rd_half 
                = vlSelf->testbench__DOT__dut__DOT__s0_rd_half;
            __Vdly__testbench__DOT__dut__DOT__s0_step 
                = (7U & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step));
        }
        __Vdly__testbench__DOT__dut__DOT__s0_running 
            = ((~ (((~ (IData)(vlSelf->testbench__DOT__dut__DOT__tmp625)) 
                    & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_issuing))) 
                   & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp626))) 
               & ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp625) 
                  | (IData)(vlSelf->testbench__DOT__dut__DOT__s0_running)));
        vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr 
            = (0xffU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp599));
        vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr 
            = (0x7fU & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp574));
    }
    vlSelf->testbench__DOT__dut__DOT__s1_p1_update 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3230));
    vlSelf->testbench__DOT__dut__DOT__s0_p1_update 
        = ((~ (IData)(vlSelf->testbench__DOT__rst)) 
           & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp627));
    vlSelf->testbench__DOT__dut__DOT__s1_p1_last = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3230) 
          & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group))));
    vlSelf->testbench__DOT__dut__DOT__s0_p1_last = 
        ((~ (IData)(vlSelf->testbench__DOT__rst)) & 
         ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp627) 
          & (3U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group))));
    vlSelf->testbench__DOT__dut__DOT__tmp3016 = (3U 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_group));
    vlSelf->testbench__DOT__dut__DOT__tmp3020 = (7U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_group)));
    testbench__DOT__dut__DOT__tmp3003 = ((~ vlSelf->testbench__DOT__dut__DOT__s0_emit_sent) 
                                         & vlSelf->testbench__DOT__dut__DOT__s0_emit_raw);
    vlSelf->testbench__DOT__dut__DOT__tmp3318 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_update)) 
                                                 & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp3319 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_update) 
                                                 & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp3332 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3340 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3348 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3356 = (0x3fffU 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc3) 
                                                    + 
                                                    ((0x1f00U 
                                                      & ((- (IData)(
                                                                    (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[0U] 
                                                                     >> 0x1fU))) 
                                                         << 8U)) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[0U] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp3364 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3372 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3380 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3388 = (0x3fffU 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc7) 
                                                    + 
                                                    ((0x1f00U 
                                                      & ((- (IData)(
                                                                    (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[1U] 
                                                                     >> 0x1fU))) 
                                                         << 8U)) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s1_weight_word[1U] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp3396 = (0x3fffU 
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
    vlSelf->testbench__DOT__dut__DOT__tmp3404 = (0x3fffU 
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
    testbench__DOT__dut__DOT__tmp3336 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc0) 
                                          + (0x1fffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s1_param_word[0U])));
    testbench__DOT__dut__DOT__tmp3344 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc1) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[0U] 
                                                >> 0xdU))));
    testbench__DOT__dut__DOT__tmp3352 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc2) 
                                          + (0x1fffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s1_param_word[1U] 
                                                 << 6U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s1_param_word[0U] 
                                                   >> 0x1aU)))));
    testbench__DOT__dut__DOT__tmp3360 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc3) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[1U] 
                                                >> 7U))));
    testbench__DOT__dut__DOT__tmp3368 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc4) 
                                          + (0x1fffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s1_param_word[2U] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s1_param_word[1U] 
                                                   >> 0x14U)))));
    testbench__DOT__dut__DOT__tmp3376 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc5) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[2U] 
                                                >> 1U))));
    testbench__DOT__dut__DOT__tmp3384 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc6) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[2U] 
                                                >> 0xeU))));
    testbench__DOT__dut__DOT__tmp3392 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc7) 
                                          + (0x1fffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s1_param_word[3U] 
                                                 << 5U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s1_param_word[2U] 
                                                   >> 0x1bU)))));
    testbench__DOT__dut__DOT__tmp3400 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc8) 
                                          + (0x1fffU 
                                             & (vlSelf->testbench__DOT__dut__DOT__s1_param_word[3U] 
                                                >> 8U))));
    testbench__DOT__dut__DOT__tmp3408 = (0x3fffU & 
                                         ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_acc9) 
                                          + (0x1fffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s1_param_word[4U] 
                                                 << 0xbU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s1_param_word[3U] 
                                                   >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp739 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_update)) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__tmp740 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_update) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    testbench__DOT__dut__DOT__tmp778 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp793 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp808 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp823 = (0x3ffffffffULL 
                                        & ((QData)((IData)(
                                                           ((0x1ff00U 
                                                             & ((- (IData)(
                                                                           (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[0U] 
                                                                            >> 0x1fU))) 
                                                                << 8U)) 
                                                            | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[0U] 
                                                               >> 0x18U)))) 
                                           * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp838 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp853 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp868 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp883 = (0x3ffffffffULL 
                                        & ((QData)((IData)(
                                                           ((0x1ff00U 
                                                             & ((- (IData)(
                                                                           (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[1U] 
                                                                            >> 0x1fU))) 
                                                                << 8U)) 
                                                            | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[1U] 
                                                               >> 0x18U)))) 
                                           * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp898 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp913 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp928 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp943 = (0x3ffffffffULL 
                                        & ((QData)((IData)(
                                                           ((0x1ff00U 
                                                             & ((- (IData)(
                                                                           (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[2U] 
                                                                            >> 0x1fU))) 
                                                                << 8U)) 
                                                            | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[2U] 
                                                               >> 0x18U)))) 
                                           * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp958 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp973 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp988 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1003 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[3U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[3U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1018 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1033 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1048 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1063 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[4U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[4U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1078 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1093 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1108 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1123 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[5U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[5U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1138 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1153 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1168 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1183 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[6U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[6U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    testbench__DOT__dut__DOT__tmp1198 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1213 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1228 = (0x3ffffffffULL 
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
    testbench__DOT__dut__DOT__tmp1243 = (0x3ffffffffULL 
                                         & ((QData)((IData)(
                                                            ((0x1ff00U 
                                                              & ((- (IData)(
                                                                            (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[7U] 
                                                                             >> 0x1fU))) 
                                                                 << 8U)) 
                                                             | (vlSelf->testbench__DOT__dut__DOT__s0_weight_word[7U] 
                                                                >> 0x18U)))) 
                                            * (QData)((IData)(vlSelf->testbench__DOT__dut__DOT__s0_pixel))));
    vlSelf->testbench__DOT__dut__DOT__tmp1252 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc31 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x13U] 
                                                      << 0x14U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x13U] 
                                                        >> 0xcU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1237 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc30 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x13U] 
                                                      << 8U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x12U] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1222 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc29 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x12U] 
                                                      << 0x1cU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x12U] 
                                                        >> 4U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1207 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc28 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x12U] 
                                                      << 0x10U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x11U] 
                                                        >> 0x10U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1192 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc27 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x11U] 
                                                      << 4U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x10U] 
                                                        >> 0x1cU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1177 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc26 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x10U] 
                                                      << 0x18U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x10U] 
                                                        >> 8U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1162 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc25 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0x10U] 
                                                      << 0xcU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xfU] 
                                                        >> 0x14U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1147 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc24 
                                                    + 
                                                    vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xfU]));
    vlSelf->testbench__DOT__dut__DOT__tmp1132 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc23 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xeU] 
                                                      << 0x14U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xeU] 
                                                        >> 0xcU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1117 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc22 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xeU] 
                                                      << 8U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xdU] 
                                                        >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1102 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc21 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xdU] 
                                                      << 0x1cU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xdU] 
                                                        >> 4U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1087 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc20 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xdU] 
                                                      << 0x10U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xcU] 
                                                        >> 0x10U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1072 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc19 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xcU] 
                                                      << 4U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xbU] 
                                                        >> 0x1cU))));
    vlSelf->testbench__DOT__dut__DOT__tmp1057 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc18 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xbU] 
                                                      << 0x18U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xbU] 
                                                        >> 8U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1042 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc17 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xbU] 
                                                      << 0xcU) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xaU] 
                                                        >> 0x14U))));
    vlSelf->testbench__DOT__dut__DOT__tmp1027 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc16 
                                                    + 
                                                    vlSelf->testbench__DOT__dut__DOT__s0_param_word[0xaU]));
    vlSelf->testbench__DOT__dut__DOT__tmp1012 = (0xfffffU 
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc15 
                                                    + 
                                                    ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[9U] 
                                                      << 0x14U) 
                                                     | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[9U] 
                                                        >> 0xcU))));
    vlSelf->testbench__DOT__dut__DOT__tmp997 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc14 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[9U] 
                                                     << 8U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[8U] 
                                                       >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp982 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc13 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[8U] 
                                                     << 0x1cU) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[8U] 
                                                       >> 4U))));
    vlSelf->testbench__DOT__dut__DOT__tmp967 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc12 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[8U] 
                                                     << 0x10U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[7U] 
                                                       >> 0x10U))));
    vlSelf->testbench__DOT__dut__DOT__tmp952 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc11 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[7U] 
                                                     << 4U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[6U] 
                                                       >> 0x1cU))));
    vlSelf->testbench__DOT__dut__DOT__tmp937 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc10 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[6U] 
                                                     << 0x18U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[6U] 
                                                       >> 8U))));
    vlSelf->testbench__DOT__dut__DOT__tmp922 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc9 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[6U] 
                                                     << 0xcU) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[5U] 
                                                       >> 0x14U))));
    vlSelf->testbench__DOT__dut__DOT__tmp907 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc8 
                                                   + 
                                                   vlSelf->testbench__DOT__dut__DOT__s0_param_word[5U]));
    vlSelf->testbench__DOT__dut__DOT__tmp892 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc7 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[4U] 
                                                     << 0x14U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[4U] 
                                                       >> 0xcU))));
    vlSelf->testbench__DOT__dut__DOT__tmp877 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc6 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[4U] 
                                                     << 8U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[3U] 
                                                       >> 0x18U))));
    vlSelf->testbench__DOT__dut__DOT__tmp862 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc5 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[3U] 
                                                     << 0x1cU) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[3U] 
                                                       >> 4U))));
    vlSelf->testbench__DOT__dut__DOT__tmp847 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc4 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[3U] 
                                                     << 0x10U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[2U] 
                                                       >> 0x10U))));
    vlSelf->testbench__DOT__dut__DOT__tmp832 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc3 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[2U] 
                                                     << 4U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[1U] 
                                                       >> 0x1cU))));
    vlSelf->testbench__DOT__dut__DOT__tmp817 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc2 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[1U] 
                                                     << 0x18U) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[1U] 
                                                       >> 8U))));
    vlSelf->testbench__DOT__dut__DOT__tmp802 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc1 
                                                   + 
                                                   ((vlSelf->testbench__DOT__dut__DOT__s0_param_word[1U] 
                                                     << 0xcU) 
                                                    | (vlSelf->testbench__DOT__dut__DOT__s0_param_word[0U] 
                                                       >> 0x14U))));
    vlSelf->testbench__DOT__dut__DOT__tmp787 = (0xfffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                                                   + 
                                                   vlSelf->testbench__DOT__dut__DOT__s0_param_word[0U]));
    vlSelf->testbench__DOT__dut__DOT__tmp2992 = ((0U 
                                                  == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                                 & ((IData)(testbench__DOT__dut__DOT__s1_in_push_ready) 
                                                    & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_half)
                                                        ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full1)
                                                        : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full0))));
    if (__Vdlyvset__testbench__DOT__dut__DOT__s1_counts__v0) {
        vlSelf->testbench__DOT__dut__DOT__s1_counts[__Vdlyvdim0__testbench__DOT__dut__DOT__s1_counts__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s1_counts__v0;
    }
    vlSelf->testbench__DOT__dut__DOT__tmp591 = ((IData)(testbench__DOT__dut__DOT__s1_in_push_ready) 
                                                & (((1U 
                                                     == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
                                                    & (0U 
                                                       != testbench__DOT__dut__DOT__tmp3003)) 
                                                   | (2U 
                                                      == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))));
    vlSelf->testbench__DOT__dut__DOT__tmp3008 = (testbench__DOT__dut__DOT__tmp3003 
                                                 & ((IData)(1U) 
                                                    + 
                                                    (~ testbench__DOT__dut__DOT__tmp3003)));
    if (__Vdlyvset__testbench__DOT__dut__DOT__s1_in_events__v0) {
        vlSelf->testbench__DOT__dut__DOT__s1_in_events[__Vdlyvdim0__testbench__DOT__dut__DOT__s1_in_events__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s1_in_events__v0;
    }
    if (__Vdlyvset__testbench__DOT__dut__DOT__s0_in_events__v0) {
        vlSelf->testbench__DOT__dut__DOT__s0_in_events[__Vdlyvdim0__testbench__DOT__dut__DOT__s0_in_events__v0] 
            = __Vdlyvval__testbench__DOT__dut__DOT__s0_in_events__v0;
    }
    vlSelf->testbench__DOT__dut__DOT__tmp782 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc0 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp778 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp778)))));
    vlSelf->testbench__DOT__dut__DOT__tmp797 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc1 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp793 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp793)))));
    vlSelf->testbench__DOT__dut__DOT__tmp812 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc2 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp808 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp808)))));
    vlSelf->testbench__DOT__dut__DOT__tmp827 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc3 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp823 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp823)))));
    vlSelf->testbench__DOT__dut__DOT__tmp842 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc4 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp838 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp838)))));
    vlSelf->testbench__DOT__dut__DOT__tmp857 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc5 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp853 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp853)))));
    vlSelf->testbench__DOT__dut__DOT__tmp872 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc6 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp868 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp868)))));
    vlSelf->testbench__DOT__dut__DOT__tmp887 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc7 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp883 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp883)))));
    vlSelf->testbench__DOT__dut__DOT__tmp902 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc8 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp898 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp898)))));
    vlSelf->testbench__DOT__dut__DOT__tmp917 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc9 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp913 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp913)))));
    vlSelf->testbench__DOT__dut__DOT__tmp932 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc10 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp928 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp928)))));
    vlSelf->testbench__DOT__dut__DOT__tmp947 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc11 
                                                   + 
                                                   ((0xe0000U 
                                                     & ((- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (testbench__DOT__dut__DOT__tmp943 
                                                                               >> 0x10U))))) 
                                                        << 0x11U)) 
                                                    | (0x1ffffU 
                                                       & (IData)(testbench__DOT__dut__DOT__tmp943)))));
    vlSelf->testbench__DOT__dut__DOT__tmp962 = (0x1fffffU 
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc12 
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
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc13 
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
                                                & (vlSelf->testbench__DOT__dut__DOT__s0_acc14 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc15 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc16 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc17 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc18 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc19 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc20 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc21 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc22 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc23 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc24 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc25 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc26 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc27 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc28 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc29 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc30 
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
                                                 & (vlSelf->testbench__DOT__dut__DOT__s0_acc31 
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
    vlSelf->testbench__DOT__dut__DOT__tmp592 = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp591) 
                                                & (2U 
                                                   == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)));
    vlSelf->testbench__DOT__dut__DOT__s0_emit_advance 
        = ((1U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state)) 
           & (0U == ((~ vlSelf->testbench__DOT__dut__DOT__tmp3008) 
                     & testbench__DOT__dut__DOT__tmp3003)));
    testbench__DOT__dut__DOT____VdfgTmp_h54e9c5ec__0 
        = (IData)((0U != (0xc0000000U & vlSelf->testbench__DOT__dut__DOT__tmp3008)));
    vlSelf->testbench__DOT__dut__DOT__tmp4047 = ((2U 
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
    vlSelf->testbench__DOT__dut__DOT__s1_in_count0 
        = __Vdly__testbench__DOT__dut__DOT__s1_in_count0;
    vlSelf->testbench__DOT__dut__DOT__s1_in_count1 
        = __Vdly__testbench__DOT__dut__DOT__s1_in_count1;
    vlSelf->testbench__DOT__dut__DOT__s1_issuing = __Vdly__testbench__DOT__dut__DOT__s1_issuing;
    vlSelf->testbench__DOT__dut__DOT__s1_events = __Vdly__testbench__DOT__dut__DOT__s1_events;
    vlSelf->testbench__DOT__dut__DOT__s1_running = __Vdly__testbench__DOT__dut__DOT__s1_running;
    vlSelf->testbench__DOT__dut__DOT__s1_group = __Vdly__testbench__DOT__dut__DOT__s1_group;
    vlSelf->testbench__DOT__dut__DOT__tmp3229 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_last) 
                                                 & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__s1_k = __Vdly__testbench__DOT__dut__DOT__s1_k;
    vlSelf->testbench__DOT__dut__DOT__s1_rd_half = __Vdly__testbench__DOT__dut__DOT__s1_rd_half;
    vlSelf->testbench__DOT__dut__DOT__s1_step = __Vdly__testbench__DOT__dut__DOT__s1_step;
    vlSelf->testbench__DOT__dut__DOT__s0_in_count0 
        = __Vdly__testbench__DOT__dut__DOT__s0_in_count0;
    vlSelf->testbench__DOT__dut__DOT__s0_in_count1 
        = __Vdly__testbench__DOT__dut__DOT__s0_in_count1;
    vlSelf->testbench__DOT__dut__DOT__s0_issuing = __Vdly__testbench__DOT__dut__DOT__s0_issuing;
    vlSelf->testbench__DOT__dut__DOT__s0_events = __Vdly__testbench__DOT__dut__DOT__s0_events;
    vlSelf->testbench__DOT__dut__DOT__tmp626 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_last) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_p2_valid));
    vlSelf->testbench__DOT__dut__DOT__s0_group = __Vdly__testbench__DOT__dut__DOT__s0_group;
    vlSelf->testbench__DOT__dut__DOT__s0_k = __Vdly__testbench__DOT__dut__DOT__s0_k;
    vlSelf->testbench__DOT__dut__DOT__s0_running = __Vdly__testbench__DOT__dut__DOT__s0_running;
    vlSelf->testbench__DOT__dut__DOT__s0_rd_half = __Vdly__testbench__DOT__dut__DOT__s0_rd_half;
    vlSelf->testbench__DOT__dut__DOT__s0_step = __Vdly__testbench__DOT__dut__DOT__s0_step;
    vlSelf->testbench__DOT__dut__DOT__tmp603 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half)) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp592));
    vlSelf->testbench__DOT__dut__DOT__tmp609 = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp592) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_half));
    testbench__DOT__dut__DOT____VdfgTmp_hdc6cd5a5__0 
        = (1U & (IData)(((0U != (0x30000000U & vlSelf->testbench__DOT__dut__DOT__tmp3008)) 
                         | (IData)(testbench__DOT__dut__DOT____VdfgTmp_h54e9c5ec__0))));
    vlSelf->testbench__DOT__dut__DOT__tmp3302 = ((0U 
                                                  == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_state))
                                                  ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_p1_group)
                                                  : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_out_group_reg));
    vlSelf->testbench__DOT__dut__DOT__tmp3231 = (1U 
                                                 & (~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp3243 = (3U 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp3250 = (0x1ffU 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k)));
    vlSelf->testbench__DOT__dut__DOT__tmp3230 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_events) 
                                                 == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_k));
    vlSelf->testbench__DOT__dut__DOT__tmp3228 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s1_running)) 
                                                 & ((IData)(vlSelf->testbench__DOT__dut__DOT__s1_rd_half)
                                                     ? (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full1)
                                                     : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_full0)));
    vlSelf->testbench__DOT__dut__DOT__tmp3261 = (0xfU 
                                                 & ((IData)(1U) 
                                                    + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp3995 = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp3229) 
                                                 & (7U 
                                                    == (IData)(vlSelf->testbench__DOT__dut__DOT__s1_step)));
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
    vlSelf->testbench__DOT__dut__DOT__tmp628 = (3U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group));
    vlSelf->testbench__DOT__dut__DOT__tmp641 = (7U 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_group)));
    vlSelf->testbench__DOT__dut__DOT__tmp648 = (0xffU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k)));
    vlSelf->testbench__DOT__dut__DOT__tmp627 = ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_events) 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_k));
    vlSelf->testbench__DOT__dut__DOT__tmp617 = (0U 
                                                == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step));
    vlSelf->testbench__DOT__dut__DOT__tmp659 = (0xfU 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)));
    vlSelf->testbench__DOT__dut__DOT____VdfgTmp_h6ed270ad__0 
        = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp626) 
           & (0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)));
    vlSelf->testbench__DOT__dut__DOT__tmp625 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_running)) 
                                                & ((~ 
                                                    ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_wr_half)
                                                      ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full1)
                                                      : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_spike_full0))) 
                                                   & ((0U 
                                                       != (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step)) 
                                                      | ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_rd_half)
                                                          ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                                          : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0)))));
    if ((0U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_step))) {
        testbench__DOT__dut__DOT__tmp1289 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp787);
        testbench__DOT__dut__DOT__tmp1290 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp802);
        testbench__DOT__dut__DOT__tmp1291 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp817);
        testbench__DOT__dut__DOT__tmp1292 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp832);
        testbench__DOT__dut__DOT__tmp1293 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp847);
        testbench__DOT__dut__DOT__tmp1294 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp862);
        testbench__DOT__dut__DOT__tmp1295 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp877);
        testbench__DOT__dut__DOT__tmp1296 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp892);
        testbench__DOT__dut__DOT__tmp1297 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp907);
        testbench__DOT__dut__DOT__tmp1298 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp922);
        testbench__DOT__dut__DOT__tmp1299 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp937);
        testbench__DOT__dut__DOT__tmp1300 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp952);
        testbench__DOT__dut__DOT__tmp1301 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp967);
        testbench__DOT__dut__DOT__tmp1302 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp982);
        testbench__DOT__dut__DOT__tmp1303 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp997);
        testbench__DOT__dut__DOT__tmp1304 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1012);
        testbench__DOT__dut__DOT__tmp1305 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1027);
        testbench__DOT__dut__DOT__tmp1306 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1042);
        testbench__DOT__dut__DOT__tmp1307 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1057);
        testbench__DOT__dut__DOT__tmp1308 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1072);
        testbench__DOT__dut__DOT__tmp1309 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1087);
        testbench__DOT__dut__DOT__tmp1310 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1102);
        testbench__DOT__dut__DOT__tmp1311 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1117);
        testbench__DOT__dut__DOT__tmp1312 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1132);
        testbench__DOT__dut__DOT__tmp1313 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1147);
        testbench__DOT__dut__DOT__tmp1314 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1162);
        testbench__DOT__dut__DOT__tmp1315 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1177);
        testbench__DOT__dut__DOT__tmp1316 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1192);
        testbench__DOT__dut__DOT__tmp1317 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1207);
        testbench__DOT__dut__DOT__tmp1318 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1222);
        testbench__DOT__dut__DOT__tmp1319 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1237);
        testbench__DOT__dut__DOT__tmp1320 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__tmp1252);
    } else {
        testbench__DOT__dut__DOT__tmp1289 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s0_current_word[0U]);
        testbench__DOT__dut__DOT__tmp1290 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[1U] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0U] 
                                                   >> 0x14U)));
        testbench__DOT__dut__DOT__tmp1291 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[1U] 
                                                 << 0x18U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[1U] 
                                                   >> 8U)));
        testbench__DOT__dut__DOT__tmp1292 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[2U] 
                                                 << 4U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[1U] 
                                                   >> 0x1cU)));
        testbench__DOT__dut__DOT__tmp1293 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[3U] 
                                                 << 0x10U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[2U] 
                                                   >> 0x10U)));
        testbench__DOT__dut__DOT__tmp1294 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[3U] 
                                                 << 0x1cU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[3U] 
                                                   >> 4U)));
        testbench__DOT__dut__DOT__tmp1295 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[4U] 
                                                 << 8U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[3U] 
                                                   >> 0x18U)));
        testbench__DOT__dut__DOT__tmp1296 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[4U] 
                                                 << 0x14U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[4U] 
                                                   >> 0xcU)));
        testbench__DOT__dut__DOT__tmp1297 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s0_current_word[5U]);
        testbench__DOT__dut__DOT__tmp1298 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[6U] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[5U] 
                                                   >> 0x14U)));
        testbench__DOT__dut__DOT__tmp1299 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[6U] 
                                                 << 0x18U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[6U] 
                                                   >> 8U)));
        testbench__DOT__dut__DOT__tmp1300 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[7U] 
                                                 << 4U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[6U] 
                                                   >> 0x1cU)));
        testbench__DOT__dut__DOT__tmp1301 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[8U] 
                                                 << 0x10U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[7U] 
                                                   >> 0x10U)));
        testbench__DOT__dut__DOT__tmp1302 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[8U] 
                                                 << 0x1cU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[8U] 
                                                   >> 4U)));
        testbench__DOT__dut__DOT__tmp1303 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[9U] 
                                                 << 8U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[8U] 
                                                   >> 0x18U)));
        testbench__DOT__dut__DOT__tmp1304 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[9U] 
                                                 << 0x14U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[9U] 
                                                   >> 0xcU)));
        testbench__DOT__dut__DOT__tmp1305 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xaU]);
        testbench__DOT__dut__DOT__tmp1306 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xbU] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xaU] 
                                                   >> 0x14U)));
        testbench__DOT__dut__DOT__tmp1307 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xbU] 
                                                 << 0x18U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xbU] 
                                                   >> 8U)));
        testbench__DOT__dut__DOT__tmp1308 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xcU] 
                                                 << 4U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xbU] 
                                                   >> 0x1cU)));
        testbench__DOT__dut__DOT__tmp1309 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xdU] 
                                                 << 0x10U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xcU] 
                                                   >> 0x10U)));
        testbench__DOT__dut__DOT__tmp1310 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xdU] 
                                                 << 0x1cU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xdU] 
                                                   >> 4U)));
        testbench__DOT__dut__DOT__tmp1311 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xeU] 
                                                 << 8U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xdU] 
                                                   >> 0x18U)));
        testbench__DOT__dut__DOT__tmp1312 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xeU] 
                                                 << 0x14U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xeU] 
                                                   >> 0xcU)));
        testbench__DOT__dut__DOT__tmp1313 = (0xfffffU 
                                             & vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xfU]);
        testbench__DOT__dut__DOT__tmp1314 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x10U] 
                                                 << 0xcU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0xfU] 
                                                   >> 0x14U)));
        testbench__DOT__dut__DOT__tmp1315 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x10U] 
                                                 << 0x18U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x10U] 
                                                   >> 8U)));
        testbench__DOT__dut__DOT__tmp1316 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x11U] 
                                                 << 4U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x10U] 
                                                   >> 0x1cU)));
        testbench__DOT__dut__DOT__tmp1317 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x12U] 
                                                 << 0x10U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x11U] 
                                                   >> 0x10U)));
        testbench__DOT__dut__DOT__tmp1318 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x12U] 
                                                 << 0x1cU) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x12U] 
                                                   >> 4U)));
        testbench__DOT__dut__DOT__tmp1319 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x13U] 
                                                 << 8U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x12U] 
                                                   >> 0x18U)));
        testbench__DOT__dut__DOT__tmp1320 = (0xfffffU 
                                             & ((vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x13U] 
                                                 << 0x14U) 
                                                | (vlSelf->testbench__DOT__dut__DOT__s0_current_word[0x13U] 
                                                   >> 0xcU)));
    }
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
    testbench__DOT__dut__DOT____VdfgTmp_hadeaa07c__0 
        = (1U & (IData)(((0U != (0xf000000U & vlSelf->testbench__DOT__dut__DOT__tmp3008)) 
                         | (IData)(testbench__DOT__dut__DOT____VdfgTmp_hdc6cd5a5__0))));
    testbench__DOT__dut__DOT__tmp3429 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hb487e700__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3336) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3336)))));
    testbench__DOT__dut__DOT__tmp3480 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hfff6c4ad__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3344) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3344)))));
    testbench__DOT__dut__DOT__tmp3531 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hcd4962cd__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3352) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3352)))));
    testbench__DOT__dut__DOT__tmp3582 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h58550490__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3360) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3360)))));
    testbench__DOT__dut__DOT__tmp3633 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h49c11088__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3368) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3368)))));
    testbench__DOT__dut__DOT__tmp3684 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h6d84fb04__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3376) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3376)))));
    testbench__DOT__dut__DOT__tmp3735 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h90e10de2__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3384) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3384)))));
    testbench__DOT__dut__DOT__tmp3786 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hc77b05f2__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3392) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3392)))));
    testbench__DOT__dut__DOT__tmp3837 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hb0aeb1c6__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3400) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3400)))));
    testbench__DOT__dut__DOT__tmp3888 = (0x1fffffU 
                                         & ((0xfffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h16823d68__0)) 
                                            + ((0x7e000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & ((IData)(testbench__DOT__dut__DOT__tmp3408) 
                                                                  >> 0xcU)))) 
                                                   << 0xdU)) 
                                               | (0x1fffU 
                                                  & (IData)(testbench__DOT__dut__DOT__tmp3408)))));
    testbench__DOT__dut__DOT__tmp1362 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h8fbc7cd4__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1289 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1289)));
    testbench__DOT__dut__DOT__tmp1413 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h93a71b43__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1290 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1290)));
    testbench__DOT__dut__DOT__tmp1464 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h9ab2d45e__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1291 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1291)));
    testbench__DOT__dut__DOT__tmp1515 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h32e6cc0b__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1292 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1292)));
    testbench__DOT__dut__DOT__tmp1566 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hb08c758b__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1293 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1293)));
    testbench__DOT__dut__DOT__tmp1617 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h3726fe0f__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1294 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1294)));
    testbench__DOT__dut__DOT__tmp1668 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h8181bf4c__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1295 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1295)));
    testbench__DOT__dut__DOT__tmp1719 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h4880108c__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1296 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1296)));
    testbench__DOT__dut__DOT__tmp1770 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h3e7ad422__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1297 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1297)));
    testbench__DOT__dut__DOT__tmp1821 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hf62f024b__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1298 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1298)));
    testbench__DOT__dut__DOT__tmp1872 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h490444a6__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1299 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1299)));
    testbench__DOT__dut__DOT__tmp1923 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_had2aa001__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1300 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1300)));
    testbench__DOT__dut__DOT__tmp1974 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h4ad45f03__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1301 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1301)));
    testbench__DOT__dut__DOT__tmp2025 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hdb49b3bb__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1302 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1302)));
    testbench__DOT__dut__DOT__tmp2076 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h1eea50ee__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1303 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1303)));
    testbench__DOT__dut__DOT__tmp2127 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hec88e46f__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1304 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1304)));
    testbench__DOT__dut__DOT__tmp2178 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hff56744b__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1305 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1305)));
    testbench__DOT__dut__DOT__tmp2229 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h539b91c3__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1306 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1306)));
    testbench__DOT__dut__DOT__tmp2280 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hfad7ecdf__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1307 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1307)));
    testbench__DOT__dut__DOT__tmp2331 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hb7b925e5__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1308 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1308)));
    testbench__DOT__dut__DOT__tmp2382 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h3a6e1873__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1309 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1309)));
    testbench__DOT__dut__DOT__tmp2433 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h0a017a59__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1310 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1310)));
    testbench__DOT__dut__DOT__tmp2484 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h990864ad__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1311 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1311)));
    testbench__DOT__dut__DOT__tmp2535 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h34236b75__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1312 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1312)));
    testbench__DOT__dut__DOT__tmp2586 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h4ae01055__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1313 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1313)));
    testbench__DOT__dut__DOT__tmp2637 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h241d4bf6__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1314 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1314)));
    testbench__DOT__dut__DOT__tmp2688 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hec8df9cf__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1315 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1315)));
    testbench__DOT__dut__DOT__tmp2739 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hd853057c__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1316 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1316)));
    testbench__DOT__dut__DOT__tmp2790 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h79a70425__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1317 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1317)));
    testbench__DOT__dut__DOT__tmp2841 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h1fdba8be__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1318 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1318)));
    testbench__DOT__dut__DOT__tmp2892 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_h8cb08588__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1319 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1319)));
    testbench__DOT__dut__DOT__tmp2943 = (0xfffffffU 
                                         & ((0x7ffffffU 
                                             & (- testbench__DOT__dut__DOT____VdfgTmp_hef919ee0__0)) 
                                            + ((0x3f00000U 
                                                & ((- (IData)(
                                                              (1U 
                                                               & (testbench__DOT__dut__DOT__tmp1320 
                                                                  >> 0x13U)))) 
                                                   << 0x14U)) 
                                               | testbench__DOT__dut__DOT__tmp1320)));
    vlSelf->testbench__DOT__dut__DOT__s1_in_push_index 
        = ((2U == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))
            ? 0U : (0x7fU & ((0xfffU & ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_group) 
                                        << 5U)) + (
                                                   (0x10U 
                                                    & ((IData)(
                                                               ((0U 
                                                                 != 
                                                                 (0xff0000U 
                                                                  & vlSelf->testbench__DOT__dut__DOT__tmp3008)) 
                                                                | (IData)(testbench__DOT__dut__DOT____VdfgTmp_hadeaa07c__0))) 
                                                       << 4U)) 
                                                   | ((8U 
                                                       & ((IData)(
                                                                  ((0U 
                                                                    != 
                                                                    (0xff00U 
                                                                     & vlSelf->testbench__DOT__dut__DOT__tmp3008)) 
                                                                   | (IData)(testbench__DOT__dut__DOT____VdfgTmp_hadeaa07c__0))) 
                                                          << 3U)) 
                                                      | ((4U 
                                                          & ((IData)(
                                                                     ((0U 
                                                                       != 
                                                                       (0xf0f0f0U 
                                                                        & vlSelf->testbench__DOT__dut__DOT__tmp3008)) 
                                                                      | (IData)(testbench__DOT__dut__DOT____VdfgTmp_hdc6cd5a5__0))) 
                                                             << 2U)) 
                                                         | ((2U 
                                                             & ((IData)(
                                                                        ((0U 
                                                                          != 
                                                                          (0xcccccccU 
                                                                           & vlSelf->testbench__DOT__dut__DOT__tmp3008)) 
                                                                         | (IData)(testbench__DOT__dut__DOT____VdfgTmp_h54e9c5ec__0))) 
                                                                << 1U)) 
                                                            | (IData)(
                                                                      (0U 
                                                                       != 
                                                                       (0xaaaaaaaaU 
                                                                        & vlSelf->testbench__DOT__dut__DOT__tmp3008))))))))));
    vlSelf->testbench__DOT__dut__DOT__tmp599 = (0x1ffU 
                                                & ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp591)
                                                    ? 
                                                   ((2U 
                                                     == (IData)(vlSelf->testbench__DOT__dut__DOT__s0_emit_state))
                                                     ? 0U
                                                     : 
                                                    ((IData)(1U) 
                                                     + (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr)))
                                                    : (IData)(vlSelf->testbench__DOT__dut__DOT__s1_in_wr_ptr)));
    testbench__DOT__dut__DOT__tmp3441 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hb487e700__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3429) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3429 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3492 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hfff6c4ad__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3480) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3480 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3543 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hcd4962cd__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3531) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3531 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3594 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h58550490__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3582) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3582 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3645 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h49c11088__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3633) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3633 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3696 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h6d84fb04__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3684) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3684 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3747 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h90e10de2__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3735) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3735 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3798 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hc77b05f2__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3786) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3786 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3849 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_hb0aeb1c6__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3837) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3837 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp3900 = (0xfffffU & 
                                         (testbench__DOT__dut__DOT____VdfgTmp_h16823d68__0 
                                          + ((0x40000U 
                                              & testbench__DOT__dut__DOT__tmp3888) 
                                             | (0x3ffffU 
                                                & (testbench__DOT__dut__DOT__tmp3888 
                                                   >> 1U)))));
    testbench__DOT__dut__DOT__tmp1374 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h8fbc7cd4__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1362) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1362 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1425 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h93a71b43__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1413) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1413 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1476 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h9ab2d45e__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1464) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1464 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1527 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h32e6cc0b__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1515) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1515 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1578 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hb08c758b__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1566) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1566 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1629 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h3726fe0f__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1617) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1617 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1680 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h8181bf4c__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1668) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1668 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1731 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h4880108c__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1719) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1719 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1782 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h3e7ad422__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1770) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1770 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1833 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hf62f024b__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1821) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1821 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1884 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h490444a6__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1872) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1872 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1935 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_had2aa001__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1923) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1923 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp1986 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h4ad45f03__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp1974) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp1974 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2037 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hdb49b3bb__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2025) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2025 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2088 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h1eea50ee__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2076) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2076 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2139 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hec88e46f__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2127) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2127 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2190 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hff56744b__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2178) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2178 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2241 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h539b91c3__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2229) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2229 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2292 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hfad7ecdf__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2280) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2280 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2343 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hb7b925e5__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2331) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2331 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2394 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h3a6e1873__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2382) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2382 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2445 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h0a017a59__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2433) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2433 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2496 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h990864ad__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2484) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2484 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2547 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h34236b75__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2535) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2535 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2598 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h4ae01055__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2586) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2586 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2649 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h241d4bf6__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2637) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2637 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2700 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hec8df9cf__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2688) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2688 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2751 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hd853057c__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2739) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2739 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2802 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h79a70425__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2790) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2790 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2853 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h1fdba8be__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2841) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2841 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2904 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_h8cb08588__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2892) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2892 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT__tmp2955 = (0x7ffffffU 
                                         & (testbench__DOT__dut__DOT____VdfgTmp_hef919ee0__0 
                                            + ((0x2000000U 
                                                & testbench__DOT__dut__DOT__tmp2943) 
                                               | (0x1ffffffU 
                                                  & (testbench__DOT__dut__DOT__tmp2943 
                                                     >> 1U)))));
    testbench__DOT__dut__DOT____VdfgTmp_h894d4302__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3441 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3441) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h73fed312__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3441 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3441)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h823f9c8e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3492 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3492) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h03dffa26__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3492 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3492)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_hca5f3bec__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3543 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3543) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h4e2ac420__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3543 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3543)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_hbe8b261a__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3594 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3594) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h6ffe034b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3594 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3594)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_hf6bb1695__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3645 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3645) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h7cc3768e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3645 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3645)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_hbe9e59de__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3696 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3696) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h3cde189a__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3696 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3696)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h06dd840c__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3747 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3747) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h22499d0f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3747 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3747)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h6b5bdc42__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3798 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3798) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h449cb9ec__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3798 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3798)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h97367c0d__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3849 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3849) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h0e5eca08__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3849 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3849)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h9a6f09de__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3900 
                     >> 0x12U)) ^ (1U & (((0x7ffffU 
                                           & testbench__DOT__dut__DOT__tmp3900) 
                                          - (IData)(0x7e000U)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h161b74be__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp3900 
                     >> 0x12U)) ^ (1U & (((IData)(0x1fffU) 
                                          - (0x7ffffU 
                                             & testbench__DOT__dut__DOT__tmp3900)) 
                                         >> 0x13U))));
    testbench__DOT__dut__DOT____VdfgTmp_h193e9a00__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1374 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1374) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hc87caf46__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1374 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1374)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h52671e98__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1425 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1425) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h1e54a047__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1425 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1425)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h875800dc__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1476 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1476) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hd2ddf30e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1476 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1476)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h10c39892__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1527 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1527) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h15203d85__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1527 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1527)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hec7a4b90__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1578 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1578) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h8689b79b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1578 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1578)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h498317ae__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1629 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1629) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hf9b7e643__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1629 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1629)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h76ea8232__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1680 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1680) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h6881cc10__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1680 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1680)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hd6579d30__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1731 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1731) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h8006db6b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1731 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1731)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hf7e33a58__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1782 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1782) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_ha083ffe7__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1782 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1782)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h8b31c39a__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1833 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1833) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h51bdb730__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1833 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1833)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h9d410d2e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1884 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1884) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h99e7687d__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1884 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1884)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hce80554e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1935 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1935) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h36b086b3__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1935 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1935)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h48125bce__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1986 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp1986) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hc941de5b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp1986 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp1986)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_had68d4d6__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2037 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2037) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h24553fd7__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2037 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2037)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_heabb0ada__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2088 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2088) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_he5ff2680__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2088 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2088)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_heec8e306__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2139 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2139) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h2de16d9f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2139 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2139)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h9e3999b2__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2190 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2190) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hc50a7655__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2190 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2190)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h1000f092__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2241 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2241) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h6634e640__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2241 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2241)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h53d71cce__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2292 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2292) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h369c4dcb__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2292 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2292)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h5c5923ce__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2343 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2343) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h0ab1625b__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2343 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2343)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h07e5364e__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2394 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2394) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h0e5ee333__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2394 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2394)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_he6e48cec__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2445 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2445) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h7501db69__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2445 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2445)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h0f5c752c__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2496 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2496) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h621aafd9__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2496 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2496)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hbe971ee6__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2547 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2547) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h60ea6e3f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2547 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2547)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h7308e2b4__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2598 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2598) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h7c67144d__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2598 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2598)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h1eb5a810__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2649 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2649) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hd9ebc61c__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2649 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2649)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h1ac73526__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2700 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2700) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h3128d19f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2700 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2700)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h2a07f1d0__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2751 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2751) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h19783f70__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2751 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2751)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_hd3f5f6bc__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2802 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2802) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h7d550e04__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2802 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2802)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h94fdd270__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2853 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2853) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_ha89d2ee7__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2853 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2853)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h0b3a6dc8__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2904 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2904) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h615e176f__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2904 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2904)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_h567d3126__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2955 
                     >> 0x19U)) ^ (1U & (((0x3ffffffU 
                                           & testbench__DOT__dut__DOT__tmp2955) 
                                          - (IData)(0x3f00000U)) 
                                         >> 0x1aU))));
    testbench__DOT__dut__DOT____VdfgTmp_ha3f769af__0 
        = (1U & ((~ (testbench__DOT__dut__DOT__tmp2955 
                     >> 0x19U)) ^ (1U & (((IData)(0xfffffU) 
                                          - (0x3ffffffU 
                                             & testbench__DOT__dut__DOT__tmp2955)) 
                                         >> 0x1aU))));
    vlSelf->testbench__DOT__dut__DOT__tmp3461 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h894d4302__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h73fed312__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3441)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3512 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h823f9c8e__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h03dffa26__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3492)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3563 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hca5f3bec__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h4e2ac420__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3543)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3614 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe8b261a__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6ffe034b__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3594)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3665 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf6bb1695__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7cc3768e__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3645)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3716 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe9e59de__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h3cde189a__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3696)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3767 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h06dd840c__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h22499d0f__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3747)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3818 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6b5bdc42__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h449cb9ec__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3798)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3869 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h97367c0d__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0e5eca08__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3849)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3920 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9a6f09de__0)
                                                  ? 0x2000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h161b74be__0)
                                                   ? 
                                                  (0x3fffU 
                                                   & testbench__DOT__dut__DOT__tmp3900)
                                                   : 0x1fffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1394 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h193e9a00__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc87caf46__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1374)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1445 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h52671e98__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1e54a047__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1425)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1496 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h875800dc__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd2ddf30e__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1476)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1547 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h10c39892__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h15203d85__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1527)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1598 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hec7a4b90__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8689b79b__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1578)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1649 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h498317ae__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf9b7e643__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1629)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1700 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h76ea8232__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6881cc10__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1680)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1751 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd6579d30__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8006db6b__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1731)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1802 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf7e33a58__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha083ffe7__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1782)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1853 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8b31c39a__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h51bdb730__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1833)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1904 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9d410d2e__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h99e7687d__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1884)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp1955 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hce80554e__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h36b086b3__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1935)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2006 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h48125bce__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc941de5b__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp1986)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2057 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_had68d4d6__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h24553fd7__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2037)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2108 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_heabb0ada__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he5ff2680__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2088)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2159 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_heec8e306__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h2de16d9f__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2139)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2210 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9e3999b2__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc50a7655__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2190)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2261 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1000f092__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6634e640__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2241)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2312 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h53d71cce__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h369c4dcb__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2292)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2363 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h5c5923ce__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0ab1625b__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2343)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2414 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h07e5364e__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0e5ee333__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2394)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2465 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he6e48cec__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7501db69__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2445)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2516 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0f5c752c__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h621aafd9__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2496)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2567 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe971ee6__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h60ea6e3f__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2547)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2618 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7308e2b4__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7c67144d__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2598)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2669 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1eb5a810__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd9ebc61c__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2649)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2720 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1ac73526__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h3128d19f__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2700)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2771 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h2a07f1d0__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h19783f70__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2751)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2822 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd3f5f6bc__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7d550e04__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2802)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2873 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h94fdd270__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha89d2ee7__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2853)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2924 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0b3a6dc8__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h615e176f__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2904)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp2975 = ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h567d3126__0)
                                                  ? 0x100000U
                                                  : 
                                                 ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha3f769af__0)
                                                   ? 
                                                  (0x1fffffU 
                                                   & testbench__DOT__dut__DOT__tmp2955)
                                                   : 0xfffffU));
    vlSelf->testbench__DOT__dut__DOT__tmp3469 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h894d4302__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h73fed312__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3441 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3461)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3520 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h823f9c8e__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h03dffa26__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3492 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3512)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3571 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hca5f3bec__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h4e2ac420__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3543 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3563)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3622 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe8b261a__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6ffe034b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3594 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3614)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3673 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf6bb1695__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7cc3768e__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3645 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3665)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3724 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe9e59de__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h3cde189a__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3696 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3716)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3775 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h06dd840c__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h22499d0f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3747 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3767)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3826 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6b5bdc42__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h449cb9ec__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3798 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3818)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3877 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h97367c0d__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0e5eca08__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3849 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3869)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp3928 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9a6f09de__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h161b74be__0) 
                                                          & (testbench__DOT__dut__DOT__tmp3900 
                                                             >> 0xdU)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0x98U) 
                                                          - (IData)(vlSelf->testbench__DOT__dut__DOT__tmp3920)) 
                                                         >> 0xeU)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1402 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h193e9a00__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc87caf46__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1374 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1394) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1453 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h52671e98__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1e54a047__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1425 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1445) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1504 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h875800dc__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd2ddf30e__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1476 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1496) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1555 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h10c39892__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h15203d85__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1527 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1547) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1606 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hec7a4b90__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8689b79b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1578 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1598) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1657 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h498317ae__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf9b7e643__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1629 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1649) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1708 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h76ea8232__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6881cc10__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1680 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1700) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1759 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd6579d30__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8006db6b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1731 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1751) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1810 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hf7e33a58__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha083ffe7__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1782 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1802) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1861 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h8b31c39a__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h51bdb730__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1833 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1853) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1912 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9d410d2e__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h99e7687d__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1884 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1904) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp1963 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hce80554e__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h36b086b3__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1935 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp1955) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2014 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h48125bce__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc941de5b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp1986 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2006) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2065 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_had68d4d6__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h24553fd7__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2037 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2057) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2116 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_heabb0ada__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he5ff2680__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2088 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2108) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2167 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_heec8e306__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h2de16d9f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2139 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2159) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2218 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h9e3999b2__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hc50a7655__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2190 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2210) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2269 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1000f092__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h6634e640__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2241 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2261) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2320 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h53d71cce__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h369c4dcb__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2292 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2312) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2371 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h5c5923ce__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0ab1625b__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2343 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2363) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2422 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h07e5364e__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0e5ee333__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2394 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2414) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2473 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_he6e48cec__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7501db69__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2445 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2465) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2524 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0f5c752c__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h621aafd9__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2496 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2516) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2575 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hbe971ee6__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h60ea6e3f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2547 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2567) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2626 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7308e2b4__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7c67144d__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2598 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2618) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2677 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1eb5a810__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd9ebc61c__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2649 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2669) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2728 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h1ac73526__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h3128d19f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2700 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2720) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2779 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h2a07f1d0__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h19783f70__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2751 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2771) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2830 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_hd3f5f6bc__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h7d550e04__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2802 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2822) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2881 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h94fdd270__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha89d2ee7__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2853 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2873) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2932 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h0b3a6dc8__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h615e176f__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2904 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2924) 
                                                         >> 0x15U)))));
    vlSelf->testbench__DOT__dut__DOT__tmp2983 = (1U 
                                                 & (~ 
                                                    ((~ 
                                                      ((IData)(testbench__DOT__dut__DOT____VdfgTmp_h567d3126__0) 
                                                       | ((IData)(testbench__DOT__dut__DOT____VdfgTmp_ha3f769af__0) 
                                                          & (testbench__DOT__dut__DOT__tmp2955 
                                                             >> 0x14U)))) 
                                                     ^ 
                                                     (1U 
                                                      & (((IData)(0xd930U) 
                                                          - vlSelf->testbench__DOT__dut__DOT__tmp2975) 
                                                         >> 0x15U)))));
}

VL_INLINE_OPT void Vtestbench___024root___nba_comb__TOP__0(Vtestbench___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vtestbench__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtestbench___024root___nba_comb__TOP__0\n"); );
    // Body
    vlSelf->testbench__DOT__dut__DOT__tmp565 = ((~ 
                                                 ((IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)
                                                   ? (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full1)
                                                   : (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_full0))) 
                                                & ((IData)(vlSelf->testbench__DOT__dut__DOT__busy_reg) 
                                                   & (IData)(vlSelf->testbench__DOT__in_valid)));
    if (vlSelf->testbench__DOT__dut__DOT__tmp565) {
        if (vlSelf->testbench__DOT__in_eos) {
            vlSelf->testbench__DOT__dut__DOT__tmp566 = 1U;
            vlSelf->testbench__DOT__dut__DOT__tmp574 
                = (0xffU & 0U);
        } else {
            vlSelf->testbench__DOT__dut__DOT__tmp566 = 0U;
            vlSelf->testbench__DOT__dut__DOT__tmp574 
                = (0xffU & ((IData)(1U) + (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr)));
        }
    } else {
        vlSelf->testbench__DOT__dut__DOT__tmp566 = 0U;
        vlSelf->testbench__DOT__dut__DOT__tmp574 = 
            (0xffU & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_ptr));
    }
    vlSelf->testbench__DOT__dut__DOT__tmp578 = ((~ (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half)) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__tmp566));
    vlSelf->testbench__DOT__dut__DOT__tmp584 = ((IData)(vlSelf->testbench__DOT__dut__DOT__tmp566) 
                                                & (IData)(vlSelf->testbench__DOT__dut__DOT__s0_in_wr_half));
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
        Vtestbench___024root___nba_comb__TOP__0(vlSelf);
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
