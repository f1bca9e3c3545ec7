Vtestbench__ALL.o: Vtestbench__ALL.cpp Vtestbench.cpp Vtestbench.h \
 /usr/share/verilator/include/verilated.h \
 /usr/share/verilator/include/verilatedos.h \
 /usr/share/verilator/include/verilated_config.h \
 /usr/share/verilator/include/verilated_types.h \
 /usr/share/verilator/include/verilated_funcs.h Vtestbench__Syms.h \
 Vtestbench___024root.h /usr/share/verilator/include/verilated_timing.h \
 /usr/share/verilator/include/verilated.h \
 Vtestbench___024root__DepSet_hfc24d085__0.cpp \
 Vtestbench___024root__DepSet_hed41eec4__0.cpp Vtestbench__main.cpp \
 Vtestbench__ConstPool_0.cpp Vtestbench___024root__Slow.cpp \
 Vtestbench___024root__DepSet_hfc24d085__0__Slow.cpp \
 Vtestbench___024root__DepSet_hed41eec4__0__Slow.cpp Vtestbench__Syms.cpp
