#!/usr/bin/python3
"""Convert a TensorFlow.js graph model (model.json + .bin shards) to ONNX.

Usage:
  tfjs2onnx.py MODEL.json OUT.onnx [--outputs a,b] [--input-shape [NAME=]1,512,512,3]
  tfjs2onnx.py MODEL.json --list-ops

Runs on Debian's python3-onnx (1.12) and python3-numpy only, so that the
model supply chain needs nothing beyond Debian packages and the npm registry.

Design choices (see models/README.md for the wider picture):
- Tensors stay NHWC as in TensorFlow. Only the ops whose ONNX form is NCHW-only
  (Conv, pooling, Resize) are wrapped in a Transpose pair; ONNX Runtime's
  transpose optimiser cancels adjacent pairs, and everything elementwise keeps
  working on the TF layout without touching axis constants.
- Output is opset 13 / IR 7, which every ONNX Runtime we target (>= 1.8) loads.
- The output is byte-for-byte deterministic: nodes are emitted in a DFS order
  driven by the requested outputs, initializers in first-use order, and no
  timestamps or paths are embedded. fetch-models.sh pins its sha256.
"""
import argparse
import base64
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 13
IR_VERSION = 7
PRODUCER = "edgeagent-tfjs2onnx"
PRODUCER_VERSION = "1"

NHWC_TO_NCHW = [0, 3, 1, 2]
NCHW_TO_NHWC = [0, 2, 3, 1]
INT64_MAX = np.iinfo(np.int64).max
INT64_MIN = np.iinfo(np.int64).min

TF_DTYPES = {
    "DT_FLOAT": np.float32, "DT_INT32": np.int32, "DT_BOOL": np.bool_,
    "DT_INT64": np.int64, "DT_HALF": np.float16, "DT_UINT8": np.uint8,
}
JS_DTYPES = {"float32": np.float32, "int32": np.int32, "bool": np.bool_}
QUANT_DTYPES = {"float16": np.float16, "uint8": np.uint8, "uint16": np.uint16}

# TF elementwise ops that map one-to-one onto an ONNX op with the same inputs.
ELEMENTWISE = {
    "Add": "Add", "AddV2": "Add", "BiasAdd": "Add", "Sub": "Sub", "Mul": "Mul",
    "RealDiv": "Div", "Div": "Div", "Maximum": "Max", "Minimum": "Min",
    "Relu": "Relu", "Sigmoid": "Sigmoid", "Tanh": "Tanh", "Exp": "Exp",
    "Log": "Log", "Sqrt": "Sqrt", "Neg": "Neg", "Abs": "Abs", "Floor": "Floor",
    "Ceil": "Ceil", "Round": "Round", "Elu": "Elu", "Softplus": "Softplus",
    "Identity": "Identity", "Equal": "Equal", "Greater": "Greater",
    "Less": "Less", "LogicalAnd": "And", "LogicalOr": "Or", "LogicalNot": "Not",
    "AddN": "Sum", "Pow": "Pow", "Erf": "Erf", "Sign": "Sign",
}
# Ops whose output dtype is not the dtype of their first input.
BOOL_OUT = {"Equal", "Greater", "Less", "LogicalAnd", "LogicalOr", "LogicalNot"}


class ConversionError(Exception):
    pass


def tensor_ref(ref):
    """'node', 'node:1' -> ('node', 1). Control inputs ('^node') -> None."""
    if ref.startswith("^"):
        return None
    name, _, idx = ref.partition(":")
    return name, int(idx) if idx else 0


def onnx_name(name, idx=0):
    return name if idx == 0 else f"{name}:{idx}"


def normalise_output(ref):
    name, idx = tensor_ref(ref)
    return onnx_name(name, idx)


def attr_value(node, key, default=None):
    """Decode one TF.js attribute: strings are base64, ints are JSON strings."""
    a = node.get("attr", {}).get(key)
    if a is None:
        return default
    if "s" in a:
        return base64.b64decode(a["s"]).decode()
    if "i" in a:
        return int(a["i"])
    if "f" in a:
        return float(a["f"])
    if "b" in a:
        return bool(a["b"])
    if "type" in a:
        return a["type"]
    if "shape" in a:
        return [int(d.get("size", -1)) for d in a["shape"].get("dim", [])]
    if "list" in a:
        lst = a["list"]
        if "s" in lst:
            return [base64.b64decode(s).decode() for s in lst["s"]]
        if "i" in lst:
            return [int(i) for i in lst["i"]]
        if "f" in lst:
            return [float(f) for f in lst["f"]]
        return []
    return default


def load_weights(model_json_path, manifest):
    """Read every weight group; returns {name: np.ndarray} in the original dtype."""
    base = os.path.dirname(os.path.abspath(model_json_path))
    weights = {}
    for group in manifest:
        blob = b""
        for p in group["paths"]:
            with open(os.path.join(base, p), "rb") as f:
                blob += f.read()
        offset = 0
        for w in group["weights"]:
            shape = [int(s) for s in w["shape"]]
            count = int(np.prod(shape)) if shape else 1
            dtype = w["dtype"]
            if dtype not in JS_DTYPES:
                raise ConversionError(f"weight {w['name']}: unsupported dtype {dtype}")
            q = w.get("quantization")
            if q:
                qtype = QUANT_DTYPES.get(q["dtype"])
                if qtype is None:
                    raise ConversionError(f"weight {w['name']}: unsupported quantization {q['dtype']}")
                size = count * np.dtype(qtype).itemsize
                raw = np.frombuffer(blob, dtype=np.dtype(qtype).newbyteorder("<"), count=count, offset=offset)
                if q["dtype"] == "float16":
                    value = raw.astype(np.float32)
                else:
                    # TF.js affine quantisation: value = q * scale + min, in float32
                    # exactly as tfjs-converter's io.decodeWeights computes it.
                    value = raw.astype(np.float32) * np.float32(q["scale"]) + np.float32(q["min"])
                if JS_DTYPES[dtype] != np.float32:
                    value = np.round(value)
                value = value.astype(JS_DTYPES[dtype])
            else:
                np_type = np.dtype(JS_DTYPES[dtype]).newbyteorder("<")
                size = count * np_type.itemsize
                value = np.frombuffer(blob, dtype=np_type, count=count, offset=offset).astype(JS_DTYPES[dtype])
            offset += size
            weights[w["name"]] = value.reshape(shape)
        if offset != len(blob):
            raise ConversionError(f"weight shards {group['paths']}: read {offset} bytes of {len(blob)}")
    return weights


class Converter:
    def __init__(self, model, weights, input_shapes):
        self.nodes = {n["name"]: n for n in model["modelTopology"]["node"]}
        self.weights = weights
        self.input_shapes = input_shapes
        self.out_nodes = []
        self.initializers = {}
        self.dtypes = {}  # onnx tensor name -> numpy dtype

    # ---- helpers -------------------------------------------------------
    def const(self, ref):
        """Value of a Const input, or None when the input is computed at run time."""
        name, idx = tensor_ref(ref)
        node = self.nodes[name]
        if node["op"] != "Const" or idx != 0:
            return None
        if name not in self.weights:
            raise ConversionError(f"Const {name} has no value in the weights manifest")
        return self.weights[name]

    def need_const(self, node, i, what):
        v = self.const(node["input"][i])
        if v is None:
            raise ConversionError(f"{node['op']} {node['name']}: {what} must be a constant")
        return v

    def add_init(self, name, value):
        value = np.ascontiguousarray(value)
        if name in self.initializers:
            if not np.array_equal(self.initializers[name], value):
                raise ConversionError(f"initializer name clash: {name}")
        else:
            self.initializers[name] = value
            self.dtypes[name] = value.dtype.type
        return name

    def scalar(self, value, dtype=np.float32):
        v = np.array(value, dtype=dtype)
        tag = str(v.item()).replace("-", "m")
        return self.add_init(f"__const/{np.dtype(dtype).name}/{tag}", v)

    def emit(self, op, inputs, outputs, name, dtype, **attrs):
        self.out_nodes.append(helper.make_node(op, inputs, outputs, name=name, **attrs))
        for o in outputs:
            self.dtypes[o] = dtype

    def inp(self, ref):
        """ONNX tensor name for a TF input reference; constants become initializers."""
        name, idx = tensor_ref(ref)
        if self.nodes[name]["op"] == "Const":
            return self.add_init(name, self.const(ref))
        return onnx_name(name, idx)

    def dtype_of(self, ref):
        return self.dtypes[self.inp(ref)]

    # ---- graph walk ----------------------------------------------------
    def order(self, outputs):
        """Nodes needed for `outputs`, dependencies first, deterministic."""
        seen, order = set(), []
        for out in outputs:
            root = tensor_ref(out)[0]
            if root not in self.nodes:
                raise ConversionError(f"output {out!r} is not a node of the graph")
            stack = [(root, False)]
            while stack:
                name, done = stack.pop()
                if done:
                    order.append(name)
                    continue
                if name in seen:
                    continue
                seen.add(name)
                stack.append((name, True))
                deps = [tensor_ref(r) for r in self.nodes[name].get("input", [])]
                for dep in reversed([d[0] for d in deps if d is not None]):
                    if dep not in seen:
                        stack.append((dep, False))
        return order

    def convert(self, outputs):
        order = self.order(outputs)
        unsupported = sorted({self.nodes[n]["op"] for n in order if not supported(self.nodes[n]["op"])})
        if unsupported:
            raise ConversionError("unsupported TF op(s): " + ", ".join(unsupported))
        graph_inputs = []
        for name in order:
            node = self.nodes[name]
            if node["op"] == "Placeholder":
                graph_inputs.append(self.placeholder(node))
            elif node["op"] == "Const":
                continue
            elif node["op"] in ELEMENTWISE:
                self.elementwise(node)
            else:
                getattr(self, "op_" + node["op"])(node)
        graph_outputs = [helper.make_tensor_value_info(o, np_to_onnx(self.dtypes[o]), None) for o in outputs]
        inits = [numpy_helper.from_array(v, k) for k, v in self.initializers.items()]
        return helper.make_graph(self.out_nodes, "tfjs", graph_inputs, graph_outputs, inits)

    def placeholder(self, node):
        name = node["name"]
        shape = self.input_shapes.get(name, self.input_shapes.get("", attr_value(node, "shape", [])))
        dtype = TF_DTYPES[attr_value(node, "dtype", "DT_FLOAT")]
        self.dtypes[name] = dtype
        dims = [d if d >= 0 else "batch" if i == 0 else f"d{i}" for i, d in enumerate(shape)]
        return helper.make_tensor_value_info(name, np_to_onnx(dtype), dims)

    # ---- op converters ---------------------------------------------------
    def elementwise(self, node):
        op = node["op"]
        ins = [self.inp(r) for r in node["input"] if tensor_ref(r)]
        dtype = np.bool_ if op in BOOL_OUT else self.dtypes[ins[0]]
        attrs = {}
        if op == "Elu":
            attrs["alpha"] = 1.0
        if op == "BiasAdd" and attr_value(node, "data_format", "NHWC") != "NHWC":
            raise ConversionError(f"BiasAdd {node['name']}: only NHWC is supported")
        self.emit(ELEMENTWISE[op], ins, [node["name"]], node["name"], dtype, **attrs)

    def activation(self, kind, x, out, name, extra=None, leaky_alpha=0.2):
        """Apply a TF activation (also the tail of fused ops) to tensor x."""
        dt = self.dtypes[x]
        if kind == "Relu":
            self.emit("Relu", [x], [out], name, dt)
        elif kind == "Relu6":
            self.emit("Clip", [x, self.scalar(0.0), self.scalar(6.0)], [out], name, dt)
        elif kind == "Sigmoid":
            self.emit("Sigmoid", [x], [out], name, dt)
        elif kind == "Elu":
            self.emit("Elu", [x], [out], name, dt, alpha=1.0)
        elif kind == "LeakyRelu":
            self.emit("LeakyRelu", [x], [out], name, dt, alpha=float(leaky_alpha))
        elif kind == "Prelu":
            # x is NHWC here, so TF's per-channel alpha ([C] or [1,1,C]) already
            # broadcasts along the last axis; no reshape needed.
            self.emit("PRelu", [x, extra], [out], name, dt)
        else:
            raise ConversionError(f"{name}: unsupported fused activation {kind}")

    def op_Relu6(self, node):
        self.activation("Relu6", self.inp(node["input"][0]), node["name"], node["name"])

    def op_LeakyRelu(self, node):
        self.activation("LeakyRelu", self.inp(node["input"][0]), node["name"], node["name"],
                        leaky_alpha=attr_value(node, "alpha", 0.2))

    def op_Prelu(self, node):
        self.activation("Prelu", self.inp(node["input"][0]), node["name"], node["name"],
                        extra=self.inp(node["input"][1]))

    def op_Rsqrt(self, node):
        n = node["name"]
        self.emit("Sqrt", [self.inp(node["input"][0])], [n + "/__sqrt"], n + "/__sqrt", np.float32)
        self.emit("Reciprocal", [n + "/__sqrt"], [n], n, np.float32)

    def op_Square(self, node):
        x = self.inp(node["input"][0])
        self.emit("Mul", [x, x], [node["name"]], node["name"], self.dtypes[x])

    def split_fused(self, node):
        """Fused ops: (bias or None, activation or None, extra activation arg)."""
        fused = attr_value(node, "fused_ops", [])
        args = [r for r in node["input"][2:] if tensor_ref(r)]
        bias = act = extra = None
        for f in fused:
            if f == "BiasAdd":
                bias = args.pop(0)
            elif f in ("Relu", "Relu6", "Sigmoid", "Elu", "LeakyRelu", "Prelu"):
                act = f
                if f == "Prelu":
                    extra = self.inp(args.pop(0))
            else:
                raise ConversionError(f"{node['op']} {node['name']}: unsupported fused op {f}")
        return bias, act, extra

    def conv_attrs(self, node, kernel_hw):
        if attr_value(node, "data_format", "NHWC") != "NHWC":
            raise ConversionError(f"{node['op']} {node['name']}: only NHWC is supported")
        strides = attr_value(node, "strides", [1, 1, 1, 1])
        attrs = {"strides": [strides[1], strides[2]], "kernel_shape": list(kernel_hw)}
        dil = attr_value(node, "dilations", [1, 1, 1, 1])
        if dil and dil != [1, 1, 1, 1]:
            attrs["dilations"] = [dil[1], dil[2]]
        padding = attr_value(node, "padding", "VALID")
        if padding == "SAME":
            # TF puts the odd extra pad at the end, which is SAME_UPPER.
            attrs["auto_pad"] = "SAME_UPPER"
        elif padding == "EXPLICIT":
            p = attr_value(node, "explicit_paddings", [])  # NHWC pairs: n0,n1,h0,h1,w0,w1,c0,c1
            attrs["pads"] = [p[2], p[4], p[3], p[5]]
        elif padding == "VALID":
            attrs["pads"] = [0, 0, 0, 0]
        else:
            raise ConversionError(f"{node['name']}: unsupported padding {padding}")
        return attrs

    def wrap_nchw(self, node, op, inputs, attrs, out, dtype=np.float32):
        """Run an NCHW-only ONNX op on an NHWC tensor via a Transpose pair."""
        n = node["name"]
        self.emit("Transpose", [inputs[0]], [n + "/__nchw_in"], n + "/__nchw_in", dtype, perm=NHWC_TO_NCHW)
        self.emit(op, [n + "/__nchw_in"] + inputs[1:], [n + "/__nchw_out"], n + "/__" + op.lower(), dtype, **attrs)
        self.emit("Transpose", [n + "/__nchw_out"], [out], n + "/__nhwc_out", dtype, perm=NCHW_TO_NHWC)

    def conv(self, node, depthwise):
        n = node["name"]
        w = self.need_const(node, 1, "filter")
        kh, kw, cin, cm = w.shape
        if depthwise:
            # [H,W,C,M] -> [C*M,1,H,W]; TF orders depthwise outputs as c*M+m.
            w_onnx = w.transpose(2, 3, 0, 1).reshape(cin * cm, 1, kh, kw)
            out_ch = cin * cm
        else:
            w_onnx = w.transpose(3, 2, 0, 1)  # HWIO -> OIHW
            out_ch = cm
        attrs = self.conv_attrs(node, (kh, kw))
        if depthwise:
            attrs["group"] = cin
        inputs = [self.inp(node["input"][0]), self.add_init(tensor_ref(node["input"][1])[0] + "/__oihw", w_onnx)]
        bias, act, extra = self.split_fused(node) if node["op"].startswith(("_Fused", "Fused")) else (None, None, None)
        if bias is not None:
            b = self.const(bias)
            if b is None or b.shape != (out_ch,):
                raise ConversionError(f"{n}: bias must be a constant of shape [{out_ch}]")
            inputs.append(self.inp(bias))
        conv_out = n + "/__conv" if act else n
        self.wrap_nchw(node, "Conv", inputs, attrs, conv_out)
        if act:
            self.activation(act, conv_out, n, n + "/__" + act.lower(), extra,
                            attr_value(node, "leakyrelu_alpha", 0.2))

    def op_Conv2D(self, node):
        self.conv(node, depthwise=False)

    op__FusedConv2D = op_Conv2D

    def op_DepthwiseConv2dNative(self, node):
        self.conv(node, depthwise=True)

    op_FusedDepthwiseConv2dNative = op_DepthwiseConv2dNative

    def pool(self, node, op):
        ksize = attr_value(node, "ksize", [1, 1, 1, 1])
        if ksize[0] != 1 or ksize[3] != 1:
            raise ConversionError(f"{node['name']}: pooling over batch or channels is unsupported")
        attrs = self.conv_attrs(node, (ksize[1], ksize[2]))
        x = self.inp(node["input"][0])
        # TF's SAME average pooling divides by the number of real pixels,
        # which is ONNX's default count_include_pad=0.
        self.wrap_nchw(node, op, [x], attrs, node["name"], self.dtypes[x])

    def op_MaxPool(self, node):
        self.pool(node, "MaxPool")

    def op_AvgPool(self, node):
        self.pool(node, "AveragePool")

    def resize(self, node, mode):
        n = node["name"]
        x = self.inp(node["input"][0])
        size = self.const(node["input"][1])
        if size is not None:
            hw = self.add_init(n + "/__size", size.astype(np.int64))
        else:
            hw = n + "/__size"
            self.emit("Cast", [self.inp(node["input"][1])], [hw], hw, np.int64, to=TensorProto.INT64)
        # Sizes must cover all four NCHW dims: keep N and C from the input.
        self.emit("Shape", [x], [n + "/__shape"], n + "/__shape", np.int64)
        self.emit("Gather", [n + "/__shape", self.add_init(n + "/__nc_idx", np.array([0, 3], np.int64))],
                  [n + "/__nc"], n + "/__nc", np.int64, axis=0)
        self.emit("Concat", [n + "/__nc", hw], [n + "/__sizes"], n + "/__sizes", np.int64, axis=0)
        align = attr_value(node, "align_corners", False)
        half = attr_value(node, "half_pixel_centers", False)
        attrs = {"mode": mode}
        if align:
            attrs["coordinate_transformation_mode"] = "align_corners"
        elif half:
            attrs["coordinate_transformation_mode"] = "half_pixel" if mode == "linear" else "tf_half_pixel_for_nn"
        else:
            attrs["coordinate_transformation_mode"] = "asymmetric"
        if mode == "nearest":
            attrs["nearest_mode"] = "round_prefer_ceil" if align else "floor"
        # Resize inputs: X, roi, scales, sizes ("" = absent).
        self.wrap_nchw(node, "Resize", [x, "", "", n + "/__sizes"], attrs, n, self.dtypes[x])

    def op_ResizeBilinear(self, node):
        self.resize(node, "linear")

    def op_ResizeNearestNeighbor(self, node):
        self.resize(node, "nearest")

    def op__FusedMatMul(self, node):
        n = node["name"]
        a = self.inp(node["input"][0])
        b = self.inp(node["input"][1])
        bias, act, extra = self.split_fused(node) if node["op"] == "_FusedMatMul" else (None, None, None)
        ins = [a, b] + ([self.inp(bias)] if bias is not None else [])
        gemm_out = n + "/__gemm" if act else n
        self.emit("Gemm", ins, [gemm_out], n + "/__gemm" if act else n, np.float32,
                  transA=int(attr_value(node, "transpose_a", False)),
                  transB=int(attr_value(node, "transpose_b", False)))
        if act:
            self.activation(act, gemm_out, n, n + "/__" + act.lower(), extra,
                            attr_value(node, "leakyrelu_alpha", 0.2))

    op_MatMul = op__FusedMatMul

    def op_Mean(self, node):
        axes = self.need_const(node, 1, "axes").reshape(-1)
        x = self.inp(node["input"][0])
        self.emit("ReduceMean", [x], [node["name"]], node["name"], self.dtypes[x],
                  axes=[int(a) for a in axes], keepdims=int(attr_value(node, "keep_dims", False)))

    def op_Softmax(self, node):
        x = self.inp(node["input"][0])
        self.emit("Softmax", [x], [node["name"]], node["name"], self.dtypes[x], axis=-1)

    def op_ConcatV2(self, node):
        ins = [r for r in node["input"] if tensor_ref(r)]
        axis = int(self.need_const(node, len(ins) - 1, "axis"))
        data = [self.inp(r) for r in ins[:-1]]
        self.emit("Concat", data, [node["name"]], node["name"], self.dtypes[data[0]], axis=axis)

    def op_Reshape(self, node):
        shape = self.const(node["input"][1])
        x = self.inp(node["input"][0])
        if shape is not None:
            if 0 in shape.reshape(-1).tolist():
                raise ConversionError(f"Reshape {node['name']}: a 0 dim means 'copy' in ONNX 13, not 'empty'")
            s = self.add_init(node["name"] + "/__shape", shape.astype(np.int64))
        else:
            s = node["name"] + "/__shape"
            self.emit("Cast", [self.inp(node["input"][1])], [s], s, np.int64, to=TensorProto.INT64)
        self.emit("Reshape", [x, s], [node["name"]], node["name"], self.dtypes[x])

    def op_ExpandDims(self, node):
        dim = self.need_const(node, 1, "dim").reshape(-1).astype(np.int64)
        x = self.inp(node["input"][0])
        axes = self.add_init(node["name"] + "/__axes", dim)
        self.emit("Unsqueeze", [x, axes], [node["name"]], node["name"], self.dtypes[x])

    def op_Squeeze(self, node):
        x = self.inp(node["input"][0])
        dims = attr_value(node, "squeeze_dims", []) or attr_value(node, "axis", [])
        ins = [x] + ([self.add_init(node["name"] + "/__axes", np.array(dims, np.int64))] if dims else [])
        self.emit("Squeeze", ins, [node["name"]], node["name"], self.dtypes[x])

    def op_Transpose(self, node):
        perm = self.need_const(node, 1, "perm").reshape(-1)
        x = self.inp(node["input"][0])
        self.emit("Transpose", [x], [node["name"]], node["name"], self.dtypes[x], perm=[int(p) for p in perm])

    def op_Pack(self, node):
        n, axis = node["name"], attr_value(node, "axis", 0)
        parts = []
        for i, r in enumerate(r for r in node["input"] if tensor_ref(r)):
            p = f"{n}/__unsq{i}"
            self.emit("Unsqueeze", [self.inp(r), self.add_init(n + "/__axes", np.array([axis], np.int64))],
                      [p], p, self.dtype_of(r))
            parts.append(p)
        self.emit("Concat", parts, [n], n, self.dtypes[parts[0]], axis=axis)

    def op_Pad(self, node):
        pads = self.need_const(node, 1, "paddings").astype(np.int64)  # [rank, 2]
        x = self.inp(node["input"][0])
        ins = [x, self.add_init(node["name"] + "/__pads", np.concatenate([pads[:, 0], pads[:, 1]]))]
        if len(node["input"]) > 2 and tensor_ref(node["input"][2]):
            ins.append(self.inp(node["input"][2]))
        self.emit("Pad", ins, [node["name"]], node["name"], self.dtypes[x], mode="constant")

    op_PadV2 = op_Pad

    def op_Cast(self, node):
        dst = TF_DTYPES[attr_value(node, "DstT")]
        self.emit("Cast", [self.inp(node["input"][0])], [node["name"]], node["name"], dst, to=np_to_onnx(dst))

    def op_TopKV2(self, node):
        n = node["name"]
        k = self.need_const(node, 1, "k")
        x = self.inp(node["input"][0])
        kt = self.add_init(n + "/__k", np.array([int(k)], np.int64))
        self.emit("TopK", [x, kt], [n, n + "/__indices64"], n, self.dtypes[x],
                  axis=-1, largest=1, sorted=int(attr_value(node, "sorted", True)))
        self.dtypes[n + "/__indices64"] = np.int64
        # TF returns int32 indices and the rest of the graph's int constants are int32.
        self.emit("Cast", [n + "/__indices64"], [n + ":1"], n + "/__indices", np.int32, to=TensorProto.INT32)

    def op_FloorDiv(self, node):
        n = node["name"]
        a, b = self.inp(node["input"][0]), self.inp(node["input"][1])
        dt = self.dtypes[a]
        if np.issubdtype(dt, np.integer):
            # ONNX integer Div truncates; subtracting the floor-mod first makes it exact.
            self.emit("Mod", [a, b], [n + "/__mod"], n + "/__mod", dt, fmod=0)
            self.emit("Sub", [a, n + "/__mod"], [n + "/__sub"], n + "/__sub", dt)
            self.emit("Div", [n + "/__sub", b], [n], n, dt)
        else:
            self.emit("Div", [a, b], [n + "/__div"], n + "/__div", dt)
            self.emit("Floor", [n + "/__div"], [n], n, dt)

    def op_FloorMod(self, node):
        n = node["name"]
        a, b = self.inp(node["input"][0]), self.inp(node["input"][1])
        dt = self.dtypes[a]
        if np.issubdtype(dt, np.integer):
            self.emit("Mod", [a, b], [n], n, dt, fmod=0)  # fmod=0: sign of divisor, like TF
        else:
            # ONNX float Mod needs fmod=1 (C semantics); TF wants Python semantics.
            self.emit("Div", [a, b], [n + "/__div"], n + "/__div", dt)
            self.emit("Floor", [n + "/__div"], [n + "/__floor"], n + "/__floor", dt)
            self.emit("Mul", [n + "/__floor", b], [n + "/__mul"], n + "/__mul", dt)
            self.emit("Sub", [a, n + "/__mul"], [n], n, dt)

    def op_GatherV2(self, node):
        axis = int(self.need_const(node, 2, "axis"))
        if attr_value(node, "batch_dims", 0):
            raise ConversionError(f"GatherV2 {node['name']}: batch_dims != 0 is unsupported")
        x = self.inp(node["input"][0])
        self.emit("Gather", [x, self.inp(node["input"][1])], [node["name"]], node["name"], self.dtypes[x], axis=axis)

    def op_StridedSlice(self, node):
        n = node["name"]
        begin, end, strides = (self.need_const(node, i, w).reshape(-1).astype(np.int64)
                               for i, w in ((1, "begin"), (2, "end"), (3, "strides")))
        if attr_value(node, "ellipsis_mask", 0) or attr_value(node, "new_axis_mask", 0):
            raise ConversionError(f"StridedSlice {n}: ellipsis_mask/new_axis_mask are unsupported")
        bm, em = attr_value(node, "begin_mask", 0), attr_value(node, "end_mask", 0)
        shrink = attr_value(node, "shrink_axis_mask", 0)
        starts, ends, squeeze = [], [], []
        for i, (b, e, s) in enumerate(zip(begin, end, strides)):
            if shrink >> i & 1:
                starts.append(b)
                ends.append(INT64_MAX if b == -1 else b + 1)
                squeeze.append(i)
                continue
            starts.append((0 if s > 0 else INT64_MAX) if bm >> i & 1 else b)
            ends.append((INT64_MAX if s > 0 else INT64_MIN) if em >> i & 1 else e)
        x = self.inp(node["input"][0])
        dt = self.dtypes[x]
        out = n + "/__slice" if squeeze else n
        ins = [x] + [self.add_init(f"{n}/__{k}", np.array(v, np.int64)) for k, v in
                     (("starts", starts), ("ends", ends), ("axes", list(range(len(starts)))), ("steps", strides))]
        self.emit("Slice", ins, [out], out, dt)
        if squeeze:
            self.emit("Squeeze", [out, self.add_init(n + "/__squeeze", np.array(squeeze, np.int64))], [n], n, dt)

    def op_Shape(self, node):
        n = node["name"]
        self.emit("Shape", [self.inp(node["input"][0])], [n + "/__shape64"], n + "/__shape64", np.int64)
        dst = TF_DTYPES[attr_value(node, "out_type", "DT_INT32")]
        self.emit("Cast", [n + "/__shape64"], [n], n, dst, to=np_to_onnx(dst))


def supported(op):
    return op in ("Const", "Placeholder") or op in ELEMENTWISE or hasattr(Converter, "op_" + op)


def np_to_onnx(dtype):
    return onnx.mapping.NP_TYPE_TO_TENSOR_TYPE[np.dtype(dtype)]


def parse_shapes(values):
    shapes = {}
    for v in values or []:
        name, _, dims = v.rpartition("=")
        shapes[name] = [int(d) for d in dims.split(",")]
    return shapes


def set_output_shapes(model):
    """Copy inferred shapes onto the graph outputs so consumers see static dims."""
    inferred = onnx.shape_inference.infer_shapes(model, strict_mode=True, data_prop=True)
    known = {vi.name: vi for vi in list(inferred.graph.value_info) + list(inferred.graph.output)}
    for out in model.graph.output:
        vi = known.get(out.name)
        if vi is not None and vi.type.tensor_type.HasField("shape"):
            out.type.tensor_type.shape.CopyFrom(vi.type.tensor_type.shape)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model_json")
    ap.add_argument("out", nargs="?")
    ap.add_argument("--outputs", help="comma-separated tensor names to cut the graph at "
                                      "(default: the signature's outputs)")
    ap.add_argument("--input-shape", action="append",
                    help="static input shape, e.g. 1,512,512,3 or NAME=1,512,512,3 (repeatable)")
    ap.add_argument("--list-ops", action="store_true", help="print the ops the graph uses and exit")
    args = ap.parse_args(argv)

    with open(args.model_json) as f:
        model = json.load(f)
    if model.get("format") not in (None, "graph-model"):
        raise ConversionError(f"{args.model_json}: format {model.get('format')!r} is not a graph model")
    if args.list_ops:
        ops = sorted({n["op"] for n in model["modelTopology"]["node"]})
        for op in ops:
            print(f"{op}\t{'supported' if supported(op) else 'UNSUPPORTED'}")
        return 0
    if not args.out:
        ap.error("OUT.onnx is required")

    sig_outputs = list(model.get("signature", {}).get("outputs", {}).values())
    if args.outputs:
        outputs = [normalise_output(o.strip()) for o in args.outputs.split(",") if o.strip()]
    else:
        outputs = [normalise_output(o["name"]) for o in sig_outputs]
    if not outputs:
        raise ConversionError("no outputs: pass --outputs")

    weights = load_weights(args.model_json, model["weightsManifest"])
    conv = Converter(model, weights, parse_shapes(args.input_shape))
    graph = conv.convert(outputs)
    onnx_model = helper.make_model(graph, producer_name=PRODUCER, producer_version=PRODUCER_VERSION,
                                   opset_imports=[helper.make_opsetid("", OPSET)])
    onnx_model.ir_version = IR_VERSION
    set_output_shapes(onnx_model)
    onnx.checker.check_model(onnx_model, full_check=True)
    tmp = args.out + ".tmp"
    with open(tmp, "wb") as f:
        f.write(onnx_model.SerializeToString())
    os.replace(tmp, args.out)
    for vi in list(onnx_model.graph.input) + list(onnx_model.graph.output):
        dims = [d.dim_value if d.HasField("dim_value") else (d.dim_param or "?")
                for d in vi.type.tensor_type.shape.dim]
        kind = "input " if vi in onnx_model.graph.input else "output"
        print(f"{kind} {vi.name} {dims}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except ConversionError as e:
        print(f"tfjs2onnx: error: {e}", file=sys.stderr)
        sys.exit(2)
