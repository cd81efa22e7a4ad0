using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Jixiao.Data;

namespace Jixiao.Web.Tests;

/// <summary>
/// The app in a process of its own (Jixiao.Web.dll beside the tests), on a free local port and the
/// given database, without samples: for what only a real process shows, such as being killed.
/// </summary>
public sealed class ChildServer : IAsyncDisposable
{
    private readonly Process process;

    private ChildServer(Process process, HttpClient client)
    {
        this.process = process;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<ChildServer> StartAsync(DatabaseProvider provider, string connectionString, CancellationToken ct)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Jixiao.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Jixiao"] = connectionString;
        start.Environment["Database__Provider"] = provider.ToString();
        start.Environment["Jixiao__LoadSamples"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("the app did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ChildServer(process, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) });
        for (var waited = Stopwatch.StartNew(); ; await Task.Delay(100, ct))
        {
            Assert.False(process.HasExited, "the app stopped while starting");
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "the app did not answer within a minute");
            try
            {
                if ((await server.Client.GetAsync("/api/public/sheets", ct)).StatusCode == HttpStatusCode.OK)
                {
                    // Signed in as the administrator the first start made, by a token written beside the app.
                    await using var db = JixiaoDb.Create(new DatabaseSettings(provider, connectionString));
                    var admin = await UserStore.FindAsync(db, "admin", ct) ?? throw new InvalidOperationException("the app made no administrator");
                    var token = await UserStore.IssueTokenAsync(db, Actor.System("测试"), admin.Id, "kill test", null, ct);
                    server.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.Token);
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }
    }

    /// <summary>SIGKILL: the process ends at once, without unwinding anything.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        Client.Dispose();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
