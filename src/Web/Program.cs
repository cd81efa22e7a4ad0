using Jixiao.Web.Api;
using Jixiao.Web.Components;
using Jixiao.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddJixiaoWeb();

var app = builder.Build();
await app.PrepareDatabaseAsync();

app.UseJixiaoWeb();
app.MapOpenApi();
app.MapSheetsApi();
app.MapImportsApi();
app.MapSheetEditApi();
app.MapSheetFormsApi();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();

/// <summary>The web host; public so tests can start it (WebApplicationFactory).</summary>
public partial class Program;
