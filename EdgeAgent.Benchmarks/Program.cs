using BenchmarkDotNet.Running;

// The hot kernels of the per-frame path; `scripts/bench-kernels.sh [--filter *Nms*]` runs them.
BenchmarkSwitcher.FromAssembly(typeof(EdgeAgent.Benchmarks.Kernels).Assembly).Run(args);
