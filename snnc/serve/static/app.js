// snnc serve: draw an image, send it to POST /predict, draw what the spiking network did.
// Everything is drawn here on <canvas>: the page needs no library and no network beyond its server.
// window.snnc exposes the page's state (pixels, last answer, whether a request is pending) for tests.
"use strict";

const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
  "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];
const DRAW_SIZE = 336;      // the drawing canvas's side in CSS pixels, whatever the input's size
const SAMPLES_PER_PAGE = 24;

const state = {
  model: null,
  channels: 1, height: 8, width: 8,
  pixels: null,             // Float32Array, C x H x W, values in [0, 1]
  tool: "pen",
  stroke: null,             // last pointer position (cells) while drawing
  pending: false,           // a /predict request is in flight
  dirty: false,             // the pixels changed since that request was sent
  requests: 0,
  lastResponse: null,
  lastError: null,
  label: null,              // the true label when the image is a test sample
  samplesStart: 0,
  samplesTotal: 0,
};

const $ = (id) => document.getElementById(id);

function color(index) { return PALETTE[index % PALETTE.length]; }

function setStatus(text, isError = false) {
  const status = $("status");
  status.textContent = text;
  status.classList.toggle("error", isError);
}

// ----- pixels -------------------------------------------------------------------------------------

function imageArray() {
  // The pixels as the API takes them: H x W for one channel, C x H x W otherwise.
  const { channels, height, width, pixels } = state;
  const planes = [];
  for (let c = 0; c < channels; c++) {
    const rows = [];
    for (let y = 0; y < height; y++) {
      const start = (c * height + y) * width;
      rows.push(Array.from(pixels.subarray(start, start + width)));
    }
    planes.push(rows);
  }
  return channels === 1 ? planes[0] : planes;
}

function loadArray(image) {
  // H x W or C x H x W nested arrays (an answer's "pixels", a test sample) into the canvas.
  const { channels, height, width } = state;
  const planes = channels === 1 || !Array.isArray(image[0][0]) ? [image] : image;
  for (let c = 0; c < channels; c++) {
    const plane = planes[Math.min(c, planes.length - 1)];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) state.pixels[(c * height + y) * width + x] = plane[y][x];
    }
  }
  drawPixels();
}

function brush() {
  // Full ink within `inner` cells of the pointer, fading to none over `fade` more: one cell for an
  // 8x8 input, a stroke about two pixels wide with soft edges for 28x28 (like the datasets').
  const side = Math.max(state.height, state.width);
  return { inner: Math.max(0.5, (0.9 * side) / 28), fade: Math.max(0.5, side / 28) };
}

function stamp(px, py) {
  const { inner, fade } = brush();
  const reach = inner + fade;
  const { channels, height, width, pixels } = state;
  for (let y = Math.max(0, Math.floor(py - reach)); y <= Math.min(height - 1, Math.floor(py + reach)); y++) {
    for (let x = Math.max(0, Math.floor(px - reach)); x <= Math.min(width - 1, Math.floor(px + reach)); x++) {
      const distance = Math.hypot(x + 0.5 - px, y + 0.5 - py);
      const ink = Math.min(1, Math.max(0, 1 - Math.max(0, distance - inner) / fade));
      if (ink <= 0) continue;
      for (let c = 0; c < channels; c++) {
        const i = (c * height + y) * width + x;
        pixels[i] = state.tool === "pen" ? Math.max(pixels[i], ink) : Math.min(pixels[i], 1 - ink);
      }
    }
  }
}

function strokeTo(point) {
  // Stamp along the segment from the last point, a quarter cell apart, so fast moves leave no gaps.
  const from = state.stroke || point;
  const steps = Math.max(1, Math.ceil(Math.hypot(point.x - from.x, point.y - from.y) / 0.25));
  for (let s = 1; s <= steps; s++) {
    stamp(from.x + ((point.x - from.x) * s) / steps, from.y + ((point.y - from.y) * s) / steps);
  }
  state.stroke = point;
}

function cellOf(event) {
  const canvas = $("draw");
  const rect = canvas.getBoundingClientRect();
  return {
    x: ((event.clientX - rect.left) / rect.width) * state.width,
    y: ((event.clientY - rect.top) / rect.height) * state.height,
  };
}

function drawPixels() {
  const canvas = $("draw");
  const context = canvas.getContext("2d");
  const { channels, height, width, pixels } = state;
  const cell = canvas.width / width;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = (c) => Math.round(255 * pixels[(c * height + y) * width + x]);
      const [r, g, b] = channels === 3 ? [value(0), value(1), value(2)] : [value(0), value(0), value(0)];
      context.fillStyle = `rgb(${r},${g},${b})`;
      context.fillRect(x * cell, y * cell, cell, cell);
    }
  }
  if (cell >= 8) {  // a faint grid shows where the model's pixels are
    context.strokeStyle = "rgba(255,255,255,0.08)";
    context.lineWidth = 1;
    for (let i = 1; i < Math.max(width, height); i++) {
      context.beginPath(); context.moveTo(i * cell + 0.5, 0); context.lineTo(i * cell + 0.5, canvas.height); context.stroke();
      context.beginPath(); context.moveTo(0, i * cell + 0.5); context.lineTo(canvas.width, i * cell + 0.5); context.stroke();
    }
  }
}

function changed() {
  drawPixels();
  requestPrediction();
}

// ----- talking to the server -------------------------------------------------------------------

async function answerOf(response) {
  let data = null;
  try { data = await response.json(); } catch (error) { data = null; }
  if (!response.ok) throw new Error((data && data.error) || `HTTP ${response.status}`);
  return data;
}

function requestPrediction() {
  // One request at a time; changes made meanwhile are sent as soon as it returns (latest wins).
  if (state.pending) { state.dirty = true; return; }
  sendPrediction();
}

async function sendPrediction() {
  state.pending = true;
  state.dirty = false;
  state.requests += 1;
  try {
    const response = await fetch("/predict", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ image: imageArray() }),
    });
    show(await answerOf(response));
  } catch (error) {
    state.lastError = String(error.message || error);
    setStatus(state.lastError, true);
  } finally {
    state.pending = false;
    if (state.dirty) sendPrediction();
  }
}

async function upload(file) {
  const form = new FormData();
  form.append("image", file);
  state.pending = true;
  try {
    const answer = await answerOf(await fetch("/predict", { method: "POST", body: form }));
    unchoose();
    loadArray(answer.pixels);
    show(answer);
    setStatus(`${file.name}: ${answer.inverted ? "inverted (light background), " : ""}resized to ` +
      `${state.width} x ${state.height}`);
  } catch (error) {
    state.lastError = String(error.message || error);
    setStatus(`${file.name}: ${state.lastError}`, true);
  } finally {
    state.pending = false;
  }
}

// ----- showing an answer -----------------------------------------------------------------------

function show(answer) {
  state.lastResponse = answer;
  state.lastError = null;
  $("predicted").textContent = answer.label;
  const truth = state.label === null ? "" : ` · true label ${state.model.class_names[state.label]}`;
  $("prediction-detail").textContent =
    `${answer.backend} · T=${answer.time_steps} · ${answer.decoding} readout · ` +
    `${(1000 * answer.seconds).toFixed(1)} ms${truth}`;
  setStatus("");
  showFpga(answer.fpga);
  const membrane = answer.decoding === "membrane";
  $("counts-title").textContent = membrane ? "Final readout membrane per class" : "Spike counts per class";
  drawBars($("counts"), membrane ? answer.scores : answer.counts, answer.class);
  drawRasters(answer.raster, answer.time_steps);
  drawTraces($("membranes"), answer.membranes, answer.class);
}

function showFpga(fpga) {
  const box = $("fpga");
  box.hidden = !fpga;
  if (!fpga) return;
  const names = state.model.class_names;
  const latency = fpga.latency_us === null ? "" :
    ` = ${fpga.latency_us.toFixed(2)} µs at ${fpga.clock_mhz.toFixed(1)} MHz`;
  box.classList.toggle("mismatch", !fpga.match);
  box.textContent = `FPGA design (${fpga.simulator}, ${fpga.target}): class ${names[fpga.rtl_class]}, ` +
    `${fpga.match ? "matches" : "DIFFERS FROM"} the integer reference (${names[fpga.reference_class]}); ` +
    `latency ${fpga.cycles.toLocaleString()} cycles${latency}`;
}

function sharpen(canvas) {
  // Draw at the screen's pixel density; returns the context and the size in CSS pixels.
  const ratio = window.devicePixelRatio || 1;
  const width = Number(canvas.dataset.width || canvas.width);
  const height = Number(canvas.dataset.height || canvas.height);
  canvas.dataset.width = width; canvas.dataset.height = height;
  canvas.width = width * ratio; canvas.height = height * ratio;
  canvas.style.width = `${width}px`; canvas.style.height = `${height}px`;
  const context = canvas.getContext("2d");
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  context.font = "11px system-ui, sans-serif";
  return { context, width, height };
}

function drawBars(canvas, values, winner) {
  const names = state.model.class_names;
  canvas.dataset.height = Math.max(120, 20 * values.length + 10);
  const { context, width } = sharpen(canvas);
  const left = 90, right = 50, row = 20;
  const low = Math.min(0, ...values), high = Math.max(0, ...values);
  const span = high - low || 1;
  const x = (v) => left + ((v - low) / span) * (width - left - right);
  values.forEach((value, i) => {
    const top = 5 + i * row;
    context.fillStyle = i === winner ? "#d9480f" : "#9aa5b5";
    context.fillRect(Math.min(x(0), x(value)), top + 3, Math.abs(x(value) - x(0)) || 1, row - 6);
    context.fillStyle = "#1d2430";
    context.textBaseline = "middle";
    context.textAlign = "right";
    context.fillText(names[i].length > 12 ? names[i].slice(0, 11) + "…" : names[i], left - 6, top + row / 2);
    context.textAlign = "left";
    context.fillText(Number.isInteger(value) ? String(value) : value.toFixed(3), x(Math.max(value, 0)) + 4, top + row / 2);
  });
}

function drawRasters(raster, steps) {
  const holder = $("rasters");
  holder.textContent = "";
  Object.entries(raster).forEach(([name, layer], index) => {
    const block = document.createElement("div");
    block.className = "raster";
    const title = document.createElement("div");
    title.className = "title";
    const shown = layer.rows.length < layer.neurons ? ` (the ${layer.rows.length} most active shown)` : "";
    title.textContent = `${name}: ${layer.neurons.toLocaleString()} neurons${shown}, ${layer.spikes.toLocaleString()} ` +
      `spikes, ${layer.rate.toFixed(3)} spikes/neuron/step`;
    const canvas = document.createElement("canvas");
    canvas.className = "raster-canvas";
    canvas.dataset.layer = name;
    canvas.width = 390;
    canvas.height = Math.min(240, Math.max(50, 3 * layer.rows.length + 16));
    block.append(title, canvas);
    holder.append(block);
    const { context, width, height } = sharpen(canvas);
    const left = 34, bottom = 14;
    const plotW = width - left - 4, plotH = height - bottom - 2;
    const column = plotW / steps, rowH = plotH / Math.max(1, layer.rows.length);
    context.fillStyle = "#f4f6f9";
    context.fillRect(left, 0, plotW, plotH);
    context.fillStyle = color(index);
    for (let k = 0; k < layer.t.length; k++) {
      const w = Math.max(1.5, column * 0.7), h = Math.max(1.5, rowH * 0.8);
      context.fillRect(left + (layer.t[k] + 0.5) * column - w / 2, (layer.row[k] + 0.5) * rowH - h / 2, w, h);
    }
    context.fillStyle = "#6b7483";
    context.textBaseline = "top";
    context.textAlign = "left";
    context.fillText("t=0", left, plotH + 2);
    context.textAlign = "right";
    context.fillText(`t=${steps - 1}`, left + plotW, plotH + 2);
    context.textBaseline = "middle";
    context.fillText(`${layer.rows.length}`, left - 4, plotH - 6);
    context.fillText("1", left - 4, 6);
  });
}

function drawTraces(canvas, membranes, winner) {
  const values = membranes.values;   // T x N
  const names = state.model.class_names;
  $("membranes-title").textContent = membranes.kind === "membrane"
    ? `Readout membrane per step (${membranes.node})` : "Readout: cumulative output per step";
  const { context, width, height } = sharpen(canvas);
  const left = 44, bottom = 16, top = 6;
  const plotW = width - left - 8, plotH = height - bottom - top;
  const flat = values.flat();
  let low = Math.min(0, ...flat), high = Math.max(0, ...flat);
  if (high - low < 1e-9) high = low + 1;
  const steps = values.length;
  const x = (t) => left + (steps === 1 ? plotW / 2 : (t / (steps - 1)) * plotW);
  const y = (v) => top + (1 - (v - low) / (high - low)) * plotH;
  context.strokeStyle = "#dfe3ea";
  context.beginPath(); context.moveTo(left, y(0)); context.lineTo(left + plotW, y(0)); context.stroke();
  const neurons = values[0].length;
  for (let n = 0; n < neurons; n++) {
    context.strokeStyle = color(n);
    context.lineWidth = n === winner ? 3 : 1.2;
    context.beginPath();
    for (let t = 0; t < steps; t++) {
      if (t === 0) context.moveTo(x(t), y(values[t][n])); else context.lineTo(x(t), y(values[t][n]));
    }
    context.stroke();
    if (steps === 1) { context.fillStyle = color(n); context.fillRect(x(0) - 2, y(values[0][n]) - 2, 4, 4); }
  }
  context.fillStyle = "#6b7483";
  context.textAlign = "right";
  context.textBaseline = "middle";
  context.fillText(high.toPrecision(3), left - 4, y(high));
  context.fillText(low.toPrecision(3), left - 4, y(low));
  context.textBaseline = "top";
  context.textAlign = "left";
  context.fillText("t=0", left, top + plotH + 3);
  context.textAlign = "right";
  context.fillText(`t=${steps - 1}`, left + plotW, top + plotH + 3);
  const legend = $("legend");
  legend.textContent = "";
  for (let n = 0; n < Math.min(neurons, 20); n++) {
    const item = document.createElement("span");
    item.style.setProperty("--swatch", color(n));
    item.textContent = names[n] || String(n);
    if (n === winner) item.style.fontWeight = "700";
    legend.append(item);
  }
}

// ----- test samples ------------------------------------------------------------------------------

async function loadSamples(start) {
  const page = await answerOf(await fetch(`/samples?start=${start}&count=${SAMPLES_PER_PAGE}`));
  state.samplesStart = page.start;
  state.samplesTotal = page.total;
  const holder = $("samples");
  holder.textContent = "";
  if (!page.total) {
    $("sample-info").textContent = page.note ? `(none: ${page.note})` : "(none)";
    $("page-info").textContent = "";
    return page;
  }
  $("sample-info").textContent = `(${page.dataset} test split)`;
  const last = Math.min(page.total, page.start + page.samples.length);
  $("page-info").textContent = `${page.start + 1}–${last} of ${page.total.toLocaleString()}`;
  const cell = Math.max(2, Math.floor(40 / Math.max(state.width, state.height)));
  for (const sample of page.samples) {
    const item = document.createElement("div");
    item.className = "sample";
    item.dataset.index = sample.index;
    const canvas = document.createElement("canvas");
    canvas.width = cell * state.width;
    canvas.height = cell * state.height;
    drawThumbnail(canvas, sample.image, cell);
    const caption = document.createElement("span");
    caption.textContent = state.model.class_names[sample.label];
    item.append(canvas, caption);
    item.addEventListener("click", () => chooseSample(sample, item));
    holder.append(item);
  }
  return page;
}

function drawThumbnail(canvas, image, cell) {
  const context = canvas.getContext("2d");
  const color3 = state.channels === 3 && Array.isArray(image[0][0]);
  for (let y = 0; y < state.height; y++) {
    for (let x = 0; x < state.width; x++) {
      const v = (c) => Math.round(255 * (color3 ? image[c][y][x] : image[y][x]));
      context.fillStyle = `rgb(${v(0)},${color3 ? v(1) : v(0)},${color3 ? v(2) : v(0)})`;
      context.fillRect(x * cell, y * cell, cell, cell);
    }
  }
}

function unchoose() {
  document.querySelectorAll(".sample.chosen").forEach((e) => e.classList.remove("chosen"));
  state.label = null;
}

function chooseSample(sample, item) {
  unchoose();
  if (item) item.classList.add("chosen");
  state.label = sample.label;
  loadArray(sample.image);
  requestPrediction();
}

// ----- setting up ----------------------------------------------------------------------------------

function setTool(tool) {
  state.tool = tool;
  $("pen").classList.toggle("active", tool === "pen");
  $("eraser").classList.toggle("active", tool === "eraser");
}

function describe(model) {
  const shape = (model.image_shape || model.input_shape).join(" x ");
  const fpga = model.fpga ? ` · FPGA ${model.fpga.target} at ${Number(model.fpga.clock_mhz).toFixed(1)} MHz` : "";
  return `${model.model || "model"} · ${model.backend} · input ${shape} · ${model.classes} classes · ` +
    `T=${model.time_steps} · ${model.encoding} encoding · ${model.decoding} readout` +
    `${model.dataset ? " · trained on " + model.dataset : ""}${fpga}`;
}

async function start() {
  try {
    state.model = await answerOf(await fetch("/model"));
  } catch (error) {
    setStatus(`cannot read /model: ${error.message}`, true);
    return;
  }
  $("model-info").textContent = describe(state.model);
  if (!state.model.takes_images) {  // an event-data model: per-step frames only, through the API
    $("input-panel").textContent = "This model takes per-step input (frames), not images: POST /predict " +
      `with {"frames": [...]} of shape T x ${state.model.input_shape.join(" x ")} (README, "Draw and classify").`;
    return;
  }
  const [channels, height, width] = state.model.image_shape;
  Object.assign(state, { channels, height, width, pixels: new Float32Array(channels * height * width) });
  const canvas = $("draw");
  const cell = Math.max(1, Math.floor(DRAW_SIZE / Math.max(height, width)));
  canvas.width = cell * width;
  canvas.height = cell * height;
  drawPixels();

  canvas.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    unchoose();
    state.stroke = null;
    strokeTo(cellOf(event));
    changed();
  });
  canvas.addEventListener("pointermove", (event) => {
    if (state.stroke === null) return;
    strokeTo(cellOf(event));
    changed();
  });
  const finish = () => { if (state.stroke !== null) { state.stroke = null; requestPrediction(); } };
  canvas.addEventListener("pointerup", finish);
  canvas.addEventListener("pointercancel", finish);
  $("pen").addEventListener("click", () => setTool("pen"));
  $("eraser").addEventListener("click", () => setTool("eraser"));
  $("clear").addEventListener("click", () => { state.pixels.fill(0); unchoose(); changed(); });
  $("upload").addEventListener("change", (event) => {
    const file = event.target.files[0];
    if (file) upload(file);
    event.target.value = "";
  });
  $("prev").addEventListener("click", () => loadSamples(Math.max(0, state.samplesStart - SAMPLES_PER_PAGE)));
  $("next").addEventListener("click", () => {
    if (state.samplesStart + SAMPLES_PER_PAGE < state.samplesTotal) loadSamples(state.samplesStart + SAMPLES_PER_PAGE);
  });

  const page = await loadSamples(0).catch((error) => { setStatus(error.message, true); return null; });
  if (page && page.samples.length) chooseSample(page.samples[0], document.querySelector(".sample"));
  else requestPrediction();
}

window.snnc = {
  state,
  imageArray,
  idle: () => !state.pending && !state.dirty,
};

start();
