using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(WeiduEtl.Benchmarks.TextPageBenchmarks).Assembly).Run(args);
