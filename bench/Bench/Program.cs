using BenchmarkDotNet.Running;
using Jixiao.Bench;

// The seed folder is resolved once here and handed to BenchmarkDotNet's child processes through
// the environment, so the suites read the same files wherever the harness builds them.
SeedFiles.Publish();
BenchmarkSwitcher.FromAssembly(typeof(SeedFiles).Assembly).Run(args);
