using Jixiao.Web.Api;
using Jixiao.Web.Components;
using Jixiao.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddJixiaoWeb();

var app = builder.Build();
await app.PrepareDatabaseAsync();

app.UseJixiaoWeb();
app.MapOpenApi();
app.MapAccountApi();
app.MapSheetsApi();
app.MapImportsApi();
app.MapSheetEditApi();
app.MapWorkflowApi();
app.MapAdminApi();
app.MapRegionsApi();
app.MapPortalApi();
app.MapSheetFormsApi();
app.MapExportsApi();
app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();

/// <summary>The web host; public so tests can start it (WebApplicationFactory).</summary>
public partial class Program;
