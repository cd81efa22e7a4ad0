using Jixiao.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Browser.Tests;

/// <summary>
/// The real app on Kestrel at a free port of 127.0.0.1, so a browser can reach it: on
/// <paramref name="database"/> (which the caller owns), loaded with the sample documents as on a
/// first start (the settings of Web.Tests' factory), with <paramref name="settings"/> over them
/// (like Jixiao:LoadSamples=false).
/// </summary>
public sealed class JixiaoServer(AppDatabase database, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    /// <summary>The password of the users a first start makes (admin, caizheng, zhuguan, danwei).</summary>
    public const string Password = "Test-Passw0rd!";

    /// <summary>Where the app listens, like http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public void Start()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        BaseUrl = addresses?.FirstOrDefault()?.TrimEnd('/')
            ?? throw new InvalidOperationException("Kestrel reported no address");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Jixiao", database.ConnectionString);
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("Jixiao:SampleFolder", Path.Combine(AppContext.BaseDirectory, "Seeds"));
        builder.UseSetting("Jixiao:InitialPassword", Password);
        builder.UseSetting("Jixiao:PublishSamples", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
