namespace Jixiao.Data.Tests;

/// <summary>A clock that says what the test tells it.</summary>
public sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2024, 3, 1, 8, 30, 0, TimeSpan.Zero);

    public FakeClock()
        : this(Start)
    {
    }

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
