using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

public sealed class SqliteAuthorizationMatrixTests(SqliteFactory factory) : AuthorizationMatrixTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresAuthorizationMatrixTests(PostgresFactory factory) : AuthorizationMatrixTests(factory), IClassFixture<PostgresFactory>;

/// <summary>
/// Every endpoint and page × every role and an anonymous visitor → allowed or denied. The list of
/// endpoints comes from the running app, so a new endpoint that is not in <see cref="Expected"/> fails
/// the test until someone says who may use it.
/// </summary>
public abstract partial class AuthorizationMatrixTests(JixiaoFactory factory)
{
    /// <summary>Who may use an endpoint: everyone, anyone signed in, or the roles of a policy.</summary>
    public enum Access
    {
        Public,
        Signed,
        Import,
        Edit,
        Review,
        Settings,
        Admin,
    }

    public static readonly IReadOnlyDictionary<string, Access> Expected = new Dictionary<string, Access>(StringComparer.Ordinal)
    {
        ["GET /openapi/{documentName}.json"] = Access.Signed,
        ["POST /account/logout"] = Access.Signed,
        ["GET /api/account/"] = Access.Signed,
        ["POST /api/account/tokens"] = Access.Signed,
        ["DELETE /api/account/tokens/{id:long}"] = Access.Signed,
        ["GET /api/sheets/"] = Access.Signed,
        ["GET /api/sheets/{id:long}"] = Access.Signed,
        ["GET /api/sheets/export"] = Access.Signed,
        ["GET /api/sheets/{id:long}/review"] = Access.Signed,
        ["PUT /api/sheets/{id:long}"] = Access.Edit,
        ["POST /api/imports/"] = Access.Import,
        ["GET /api/imports/{id}"] = Access.Import,
        ["POST /api/imports/{id}/save"] = Access.Import,
        ["GET /api/sheets/{id:long}/workflow"] = Access.Signed,
        ["POST /api/sheets/{id:long}/actions"] = Access.Signed,
        ["POST /api/sheets/actions"] = Access.Review,
        ["POST /api/sheets/{id:long}/comments"] = Access.Signed,
        ["POST /api/sheets/{id:long}/marks"] = Access.Review,
        ["DELETE /api/sheets/{id:long}/marks/{markId:long}"] = Access.Review,
        ["GET /api/regions/"] = Access.Signed,
        ["PUT /api/regions/{code}"] = Access.Settings,
        ["GET /api/rule-sets/"] = Access.Settings,
        ["POST /api/rule-sets/reload"] = Access.Admin,
        ["GET /api/rules/statistics"] = Access.Signed,
        ["GET /api/sheets/{id:long}/versions/{number:int}"] = Access.Signed,
        ["GET /api/sheets/{id:long}/diff"] = Access.Signed,
        ["GET /api/tasks"] = Access.Signed,
        ["DELETE /api/documents/{id:long}"] = Access.Edit,
        ["GET /api/users/"] = Access.Admin,
        ["POST /api/users/"] = Access.Admin,
        ["POST /api/users/{userName}/disable"] = Access.Admin,
        ["POST /api/users/{userName}/enable"] = Access.Admin,
        ["POST /api/users/{userName}/reset-password"] = Access.Admin,
        ["GET /api/audit"] = Access.Admin,
        ["GET /api/sheets/{id:long}/form.{format}"] = Access.Signed,
        ["GET /api/documents/{id:long}/form.{format}"] = Access.Signed,
        ["POST /api/exports/"] = Access.Signed,
        ["GET /api/exports/{id}"] = Access.Signed,
        ["GET /api/exports/{id}/file"] = Access.Signed,
        ["DELETE /api/exports/{id}"] = Access.Signed,
        ["GET /api/public/sheets"] = Access.Public,
        ["GET /api/public/sheets/{id:long}"] = Access.Public,
        ["GET /api/public/open-data/{region}/{year:int}"] = Access.Public,
        ["GET /"] = Access.Signed,
        ["GET /sheets"] = Access.Signed,
        ["GET /exports"] = Access.Signed,
        ["GET /sheets/{Id:long}"] = Access.Signed,
        ["GET /sheets/{Id:long}/edit"] = Access.Edit,
        ["GET /sheets/{Id:long}/diff"] = Access.Signed,
        ["GET /import"] = Access.Import,
        ["GET /import/{Id}"] = Access.Import,
        ["GET /rules"] = Access.Signed,
        ["GET /tasks"] = Access.Signed,
        ["GET /login"] = Access.Public,
        ["GET /status/{Code:int}"] = Access.Public,
        ["GET /gongkai"] = Access.Public,
        ["GET /gongkai/{Id:long}"] = Access.Public,
        ["GET /admin/audit"] = Access.Admin,
        ["GET /admin/users"] = Access.Admin,
        ["GET /admin/regions"] = Access.Settings,

        // Static files (styles, Blazor's script) are public: the sign-in page needs them.
        ["GET /{**path:file}"] = Access.Public,
        ["HEAD /{**path:file}"] = Access.Public,
    };

    private static readonly Dictionary<string, string[]> Roles = new()
    {
        ["danwei"] = ["Signed", "Import", "Edit"],
        ["zhuguan"] = ["Signed", "Review"],
        ["caizheng"] = ["Signed", "Import", "Review", "Settings"],
        ["admin"] = ["Signed", "Import", "Edit", "Review", "Settings", "Admin"],
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every route the app answers, as "METHOD pattern" (pages as GET; framework and static files left out).</summary>
    private List<string> Endpoints()
    {
        factory.RequireDatabase();
        _ = factory.Server;
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return [.. sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.TrimStart('/').StartsWith('_')
                && (!raw.Contains('.', StringComparison.Ordinal) || Normal(raw).StartsWith("/api/", StringComparison.Ordinal) || raw.StartsWith("/openapi", StringComparison.Ordinal)))
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Where(m => m != "POST" || e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is null).Select(m => $"{m} {Normal(e.RoutePattern.RawText!)}"))
            .Distinct()];
    }

    private static string Normal(string pattern) => pattern.StartsWith('/') ? pattern : "/" + pattern;

    [Fact]
    public void Endpoints_EveryOneHasAnExpectedAccess_NoneEscapesTheMatrix()
    {
        var endpoints = Endpoints();

        var unlisted = string.Join("\n", endpoints.Where(e => !Expected.ContainsKey(e)));
        var gone = string.Join("\n", Expected.Keys.Where(k => !endpoints.Contains(k)));

        Assert.True(unlisted.Length == 0, "endpoints nobody said who may use:\n" + unlisted);
        Assert.True(gone.Length == 0, "listed but not answered:\n" + gone);
    }

    [Fact]
    public async Task Matrix_EveryEndpointAndRole_AllowedOrDeniedAsExpected()
    {
        factory.RequireDatabase();
        var failures = new List<string>();
        foreach (var (endpoint, access) in Expected)
        {
            var method = endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)];
            var url = Url(endpoint[(method.Length + 1)..]);
            foreach (var user in new string?[] { null, "danwei", "zhuguan", "caizheng", "admin" })
            {
                var allowed = access == Access.Public || (user is not null && Roles[user].Contains(access.ToString()));
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (endpoint == "POST /api/imports/")
                {
                    request.Content = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "x.txt" } };
                }
                else if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                var response = await factory.CreateClientAs(user).SendAsync(request, Ct);
                var denied = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/login", StringComparison.Ordinal) == true);
                if (denied == allowed)
                {
                    failures.Add($"{endpoint} as {user ?? "anonymous"}: {(int)response.StatusCode}, expected {(allowed ? "allowed" : "denied")}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Denied_ApiAndPage_ChineseAnswersWithACode()
    {
        factory.RequireDatabase();
        var anonymous = await factory.CreateAnonymousClient().GetAsync("/api/sheets", Ct);
        var forbidden = await factory.CreateClientAs("danwei").GetAsync("/api/users", Ct);
        var page = await factory.CreateClientAs("danwei").GetAsync("/admin/users", Ct);
        var login = await factory.CreateAnonymousClient().GetAsync("/tasks", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("\"code\":\"AUTH-REQUIRED\"", await anonymous.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("\"code\":\"AUTH-FORBIDDEN\"", await forbidden.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("无权访问", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith("/login", login.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>A URL for a route: ids of things that exist where it matters (a sheet every demo user may see), harmless ones elsewhere.</summary>
    private static string Url(string pattern) => RouteValue().Replace(pattern, m => m.Groups[1].Value switch
    {
        "id" or "Id" => pattern.Contains("documents", StringComparison.Ordinal) || pattern.Contains("tokens", StringComparison.Ordinal) ? "999999" : "1",
        "number" => "1",
        "markId" => "999999",
        "code" => "630123",
        "userName" => "nobody",
        "region" => "630123",
        "year" => "2024",
        "Code" => "404",
        "documentName" => "v1",
        "path" => "app.css",
        "format" => "html",
        _ => "x",
    });

    [GeneratedRegex(@"\{\**(\w+)(?::[^}]*)?\}")]
    private static partial Regex RouteValue();
}
