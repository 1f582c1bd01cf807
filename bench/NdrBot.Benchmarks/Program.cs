using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(NdrBot.Benchmarks.RecognizerBenchmarks).Assembly).Run(args);
