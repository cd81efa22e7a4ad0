using Npgsql;

namespace Jixiao.Data.Tests;

public sealed class ConnectionTuningTests
{
    [Fact]
    public void Tuned_PlainConnectionString_AutoPrepareAndNoResetAdded()
    {
        var tuned = new NpgsqlConnectionStringBuilder(JixiaoDb.Tuned("Host=db;Username=u;Password=p;Database=jixiao"));

        Assert.Equal((64, true), (tuned.MaxAutoPrepare, tuned.NoResetOnClose));
        Assert.Equal(("db", "u", "p", "jixiao"), (tuned.Host, tuned.Username, tuned.Password, tuned.Database));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false", 0, false)]
    [InlineData("Host=db;maxautoprepare=5", 5, true)]
    [InlineData("Host=db;no reset on close=False", 64, false)]
    public void Tuned_SettingsGiven_KeptAsGiven(string connection, int autoPrepare, bool noReset)
    {
        var tuned = new NpgsqlConnectionStringBuilder(JixiaoDb.Tuned(connection));

        Assert.Equal((autoPrepare, noReset), (tuned.MaxAutoPrepare, tuned.NoResetOnClose));
    }
}
