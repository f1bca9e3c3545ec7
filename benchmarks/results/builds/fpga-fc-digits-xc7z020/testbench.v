`timescale 1ns/1ps
// Drives snnc_accelerator from stimulus.txt (+stimulus=PATH) and writes results.txt (+results=PATH).
module testbench;
    reg clk = 0;
    reg rst = 1;
    reg start = 0, in_valid = 0, in_eos = 0, out_ready = 1;
    reg [0:0] in_c = 0;
    reg [2:0] in_y = 0;
    reg [2:0] in_x = 0;
    reg [7:0] in_value = 0;
    wire busy, done, in_ready, out_valid;
    wire [3:0] out_class;
    wire [3:0] out_data;
    snnc_accelerator dut(.clk(clk), .rst(rst), .start(start), .in_valid(in_valid), .in_c(in_c), .in_y(in_y), .in_x(in_x),
        .in_value(in_value), .in_eos(in_eos), .in_ready(in_ready), .out_valid(out_valid),
        .out_ready(out_ready), .out_data(out_data), .done(done), .out_class(out_class), .busy(busy));
    reg [8*1024-1:0] stimulus_path, results_path;
    integer fin, fout, images, image, records, position, cycle, status, c, y, x, value, eos, accepted, finished;
    integer need_start;
    always #5 clk = ~clk;
    initial begin
        if (!$value$plusargs("stimulus=%s", stimulus_path)) stimulus_path = "stimulus.txt";
        if (!$value$plusargs("results=%s", results_path)) results_path = "results.txt";
        fin = $fopen(stimulus_path, "r");
        fout = $fopen(results_path, "w");
        if (fin == 0 || fout == 0) begin
            $display("testbench: cannot open the stimulus or results file");
            $finish;
        end
        status = $fscanf(fin, "%d\n", images);
        @(posedge clk); #1;
        @(posedge clk); #1;
        rst = 0;
        image = 0; position = 0; need_start = 1; finished = 0; cycle = 0;
        if (images > 0) begin
            status = $fscanf(fin, "%d\n", records);
            status = $fscanf(fin, "%d %d %d %d %d\n", c, y, x, value, eos);
        end
        while (finished < images) begin
            start = (image < images) && need_start;
            in_valid = (image < images) && !need_start;
            in_c = c[0:0];
            in_y = y[2:0];
            in_x = x[2:0];
            in_value = value[7:0];
            in_eos = eos[0];
            #1;
            accepted = in_valid && in_ready;
            if (start) $fwrite(fout, "S %0d\n", cycle);
            if (out_valid) $fwrite(fout, "V %0d\n", out_data);
            if (done) begin
                $fwrite(fout, "D %0d %0d\n", out_class, cycle);
                finished = finished + 1;
            end
            @(posedge clk); #1;
            if (start) need_start = 0;
            if (accepted) begin
                position = position + 1;
                if (position < records) status = $fscanf(fin, "%d %d %d %d %d\n", c, y, x, value, eos);
                else begin
                    image = image + 1;
                    position = 0;
                    need_start = 1;
                    if (image < images) begin
                        status = $fscanf(fin, "%d\n", records);
                        status = $fscanf(fin, "%d %d %d %d %d\n", c, y, x, value, eos);
                    end
                end
            end
            cycle = cycle + 1;
            if (cycle > 50000000) begin
                $fwrite(fout, "HANG %0d\n", finished);
                $fclose(fout);
                $finish;
            end
        end
        $fclose(fout);
        $finish;
    end
endmodule
