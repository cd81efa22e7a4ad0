namespace Jixiao.Core.Tests.Reading.Fuzz;

/// <summary>One fuzzed file: its number in the run, what was done to it (format and operations), a file name and the bytes.</summary>
public sealed record Mutant(int Index, string Kind, string Name, byte[] Content)
{
    public override string ToString() => $"mutant {Index} ({Kind}, {Name}, {Content.Length} bytes)";
}
