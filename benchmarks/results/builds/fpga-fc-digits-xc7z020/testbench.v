`timescale 1ns/1ps
// Drives snnc_accelerator from stimulus.txt (+stimulus=PATH) and writes results.txt (+results=PATH).
module testbench;
    reg clk = 0;
    reg rst = 1;
    reg start = 0, in_valid = 0, in_eos = 0, out_ready = 1;
    reg [5:0] in_index = 0;
    reg [7:0] in_value = 0;
    wire busy, done, in_ready, out_valid;
    wire [3:0] out_class;
    wire [3:0] out_data;
    snnc_accelerator dut(.clk(clk), .rst(rst), .start(start), .in_valid(in_valid), .in_index(in_index),
        .in_value(in_value), .in_eos(in_eos), .in_ready(in_ready), .out_valid(out_valid),
        .out_ready(out_ready), .out_data(out_data), .done(done), .out_class(out_class), .busy(busy));
    reg [8*1024-1:0] stimulus_path, results_path;
    integer fin, fout, images, image, records, position, cycle, status, index, value, eos, accepted, finished;
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
        for (image = 0; image < images; image = image + 1) begin
            status = $fscanf(fin, "%d\n", records);
            position = 0;
            index = 0; value = 0; eos = 0;
            if (records > 0) status = $fscanf(fin, "%d %d %d\n", index, value, eos);
            start = 1;
            @(posedge clk); #1;
            start = 0;
            cycle = 0;
            finished = 0;
            while (!finished) begin
                cycle = cycle + 1;
                in_valid = (position < records);
                in_index = index[5:0];
                in_value = value[7:0];
                in_eos = eos[0];
                #1;
                accepted = in_valid && in_ready;
                if (out_valid) $fwrite(fout, "%0d ", out_data);
                if (done) begin
                    $fwrite(fout, "| %0d %0d\n", out_class, cycle);
                    finished = 1;
                end
                @(posedge clk); #1;
                if (accepted) begin
                    position = position + 1;
                    if (position < records) status = $fscanf(fin, "%d %d %d\n", index, value, eos);
                end
                if (cycle > 50000000) begin
                    $fwrite(fout, "HANG %0d\n", image);
                    $fclose(fout);
                    $finish;
                end
            end
            in_valid = 0;
        end
        $fclose(fout);
        $finish;
    end
endmodule
