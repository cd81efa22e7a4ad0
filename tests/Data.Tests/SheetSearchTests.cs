using Jixiao.Core.Targets;
using Jixiao.Data.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteSheetSearchTests(SeededDatabase.Sqlite seeded)
    : SheetSearchTests(DatabaseProvider.Sqlite, seeded), IClassFixture<SeededDatabase.Sqlite>;

public sealed class PostgresSheetSearchTests(SeededDatabase.Postgres seeded)
    : SheetSearchTests(DatabaseProvider.Postgres, seeded), IClassFixture<SeededDatabase.Postgres>;

/// <summary>Search over the five seeds; the tests that only read share one seeded database.</summary>
public abstract class SheetSearchTests(DatabaseProvider provider, SeededDatabase seeded)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("公益性岗位")]
    [InlineData("人力资源和社会保障局")]
    [InlineData("就业")]
    [InlineData("岗")]
    [InlineData("满意度")]
    [InlineData("不存在的名称")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\"引号\" OR 就业")]
    public async Task QueryAsync_Text_FindsExactlyTheSheetsNamingIt(string text)
    {
        await using var db = await seeded.NewContextAsync();

        var page = await QueryAsync(db, new SheetQuery { Text = text, PageSize = SheetQuery.MaxPageSize });

        var expected = AllSheets().Where(s => SheetMapper.SearchText(s.Sheet).Contains(text, StringComparison.OrdinalIgnoreCase)).Select(s => s.Id).ToList();
        Assert.Equal(expected, page.Items.Select(i => i.Id));
        Assert.Equal(expected.Count, page.Total);
    }

    [Fact]
    public async Task QueryAsync_公益性岗位_FindsTheApprovalSheetOf000()
    {
        await using var db = await seeded.NewContextAsync();

        var page = await QueryAsync(db, new SheetQuery { Text = "公益性岗位" });

        Assert.Contains(page.Items, i => i.RegionCode == "630123" && i.Kind == SheetKind.Department && i.FiscalYear == 2024);
    }

    [Fact]
    public async Task QueryAsync_Filters_NarrowByYearRegionKindAndOrganisation()
    {
        await using var db = await seeded.NewContextAsync();
        var all = AllSheets();
        var department = await db.Organisations.OrderBy(o => o.Id).FirstAsync(Ct);

        Assert.Equal(Ids(all, s => s.Sheet.FiscalYear == 2023), Ids(await QueryAsync(db, new SheetQuery { FiscalYear = 2023, PageSize = 200 })));
        Assert.Equal(Ids(all, s => s.Region == "130225"), Ids(await QueryAsync(db, new SheetQuery { RegionCode = "130225", PageSize = 200 })));
        Assert.Equal(Ids(all, s => s.Sheet.Kind == SheetKind.Project && s.Region == "440883"), Ids(await QueryAsync(db, new SheetQuery { Kind = SheetKind.Project, RegionCode = "440883", PageSize = 200 })));
        var ofDepartment = await QueryAsync(db, new SheetQuery { OrganisationId = department.Id, PageSize = 200 });
        Assert.NotEmpty(ofDepartment.Items);
        Assert.Equal(Ids(all, s => department.Name == s.Sheet.Department || department.Name == s.Sheet.SupervisingDepartment || department.Name == s.Sheet.Unit), Ids(ofDepartment));
    }

    [Fact]
    public async Task QueryAsync_Pages_CoverEverySheetOnceInOrder()
    {
        await using var db = await seeded.NewContextAsync();
        var seen = new List<long>();
        SheetPage page;
        var number = 1;
        do
        {
            page = await QueryAsync(db, new SheetQuery { Sort = SheetSort.FiscalYear, Descending = true, Page = number++, PageSize = 7 });
            seen.AddRange(page.Items.Select(i => i.Id));
        }
        while (page.Items.Count == page.PageSize);

        var expected = AllSheets().OrderBy(s => s.Sheet.FiscalYear is null).ThenByDescending(s => s.Sheet.FiscalYear).ThenByDescending(s => s.Id).Select(s => s.Id);
        Assert.Equal(expected, seen);
        Assert.Equal(seen.Count, page.Total);
    }

    [Fact]
    public async Task QueryAsync_SortByBudget_LargestFirstUnknownLast()
    {
        await using var db = await seeded.NewContextAsync();

        var page = await QueryAsync(db, new SheetQuery { Sort = SheetSort.BudgetWan, Descending = true, PageSize = 200 });

        var budgets = page.Items.Select(i => i.BudgetWan).ToList();
        var expected = AllSheets().Select(s => s.Sheet.Budget?.TotalWan).OrderBy(b => b is null).ThenByDescending(b => b).ToList();
        Assert.Equal(expected, budgets);
        Assert.Equal(AllSheets().Count, page.Total);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    [InlineData(1, 201)]
    public async Task QueryAsync_BadPage_ErrorValue(int number, int size)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        var result = await SheetSearch.QueryAsync(db, new SheetQuery { Page = number, PageSize = size }, Ct);

        Assert.Equal(DataErrorCode.InvalidPage, result.Error?.Code);
        Assert.Contains("页码", result.Error?.MessageZh);
    }

    [Fact]
    public async Task QueryAsync_AfterRename_FindsNewNameNotOld()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeededDatabase.SeedAsync(database);
        await using var db = database.NewContext();
        var (id, sheet, _) = AllSheets().First(s => s.Sheet.ProjectName is not null);
        var stored = (await SheetStore.LoadAsync(db, id, Ct)).Value!;
        Assert.True((await SheetStore.UpdateAsync(db, id, stored.Version, sheet with { ProjectName = "零工市场建设项目" }, Ct)).IsOk);

        Assert.Equal([id], Ids(await QueryAsync(db, new SheetQuery { Text = "零工市场建设" })));
        Assert.DoesNotContain(id, Ids(await QueryAsync(db, new SheetQuery { Text = sheet.ProjectName!, PageSize = 200 })));
    }

    public static TheoryData<string?, string?, int, int> CachedQueries => new()
    {
        { null, null, 1, 20 }, { null, null, 3, 20 }, { null, null, 99, 20 }, { "就业", null, 1, 5 }, { "就业", null, 4, 5 },
        { "公益性岗位", null, 1, 20 }, { "岗", "Project", 2, 3 }, { null, "Department", 1, 7 }, { "不存在的名称", null, 1, 20 },
    };

    [Theory]
    [MemberData(nameof(CachedQueries))]
    public async Task QueryAsync_WithCache_SamePagesAsWithout(string? text, string? kind, int pageNumber, int size)
    {
        await using var db = await seeded.NewContextAsync();
        var query = new SheetQuery { Text = text, Kind = kind is null ? null : Enum.Parse<SheetKind>(kind), Page = pageNumber, PageSize = size };
        using var cache = new SheetListCache();
        using var tiny = new SheetListCache(maxEntryIds: 4, maxTotalIds: 100);

        var plain = await QueryAsync(db, query);
        var first = await QueryAsync(db, query, cache);
        var second = await QueryAsync(db, query, cache);
        var tooManyToKeep = await QueryAsync(db, query, tiny);

        foreach (var page in new[] { first, second, tooManyToKeep })
        {
            Assert.Equal(Ids(plain), Ids(page));
            Assert.Equal(plain.Total, page.Total);
            Assert.Equal(plain.Items, page.Items);
        }

        Assert.Equal((1, 1), (cache.Hits, cache.Misses));
    }

    [Fact]
    public async Task QueryAsync_CachedSearchThenRename_FindsTheNewName()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeededDatabase.SeedAsync(database);
        using var cache = new SheetListCache();
        var (id, sheet, _) = AllSheets().First(s => s.Sheet.ProjectName is not null);
        await using (var db = database.NewContext())
        {
            Assert.Contains(id, Ids(await QueryAsync(db, new SheetQuery { Text = sheet.ProjectName!, PageSize = 200 }, cache)));
            Assert.Empty(Ids(await QueryAsync(db, new SheetQuery { Text = "零工市场建设" }, cache)));
        }

        await using (var other = database.NewContext())
        {
            var stored = (await SheetStore.LoadAsync(other, id, Ct)).Value!;
            Assert.True((await SheetStore.UpdateAsync(other, id, stored.Version, sheet with { ProjectName = "零工市场建设项目" }, Ct)).IsOk);
        }

        await using var after = database.NewContext();
        Assert.Equal([id], Ids(await QueryAsync(after, new SheetQuery { Text = "零工市场建设" }, cache)));
        Assert.DoesNotContain(id, Ids(await QueryAsync(after, new SheetQuery { Text = sheet.ProjectName!, PageSize = 200 }, cache)));
        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public async Task QueryAsync_CachedSeverityFilterThenFindingsReplaced_FollowsTheFindings()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeededDatabase.SeedAsync(database);
        using var cache = new SheetListCache();
        await using var db = database.NewContext();
        var errors = new SheetQuery { Severity = "error", PageSize = 200 };
        Assert.Empty(Ids(await QueryAsync(db, errors, cache)));

        var sheet = (await SheetStore.LoadAsync(db, 2, Ct)).Value!.Sheet;
        var finding = new Jixiao.Core.Review.Finding("MNY-COST-OVER-BUDGET", Jixiao.Core.Review.Severity.Error, sheet, null, SourcePosition.Line(1), "成本指标超过预算", "成本不应超过预算", null);
        Assert.True((await FindingStore.ReplaceAsync(db, 2, sheet, [finding], Ct)).IsOk);

        Assert.Equal([2L], Ids(await QueryAsync(db, errors, cache)));
        Assert.Equal([2L], Ids(await QueryAsync(db, errors, cache)));
        Assert.Equal((1, 2), (cache.Hits, cache.Misses));
    }

    private static List<long> Ids(SheetPage page) => [.. page.Items.Select(i => i.Id)];

    private static List<long> Ids(List<(long Id, TargetSheet Sheet, string Region)> sheets, Func<(long Id, TargetSheet Sheet, string Region), bool> keep) =>
        [.. sheets.Where(keep).Select(s => s.Id)];

    private static async Task<SheetPage> QueryAsync(JixiaoDbContext db, SheetQuery query, SheetListCache? cache = null)
    {
        var result = await SheetSearch.QueryAsync(db, query, cache, Ct);
        Assert.True(result.IsOk, result.Error?.ToString());
        return result.Value!;
    }

    /// <summary>The seeds' sheets with the ids they get when saved in order into an empty database.</summary>
    private static List<(long Id, TargetSheet Sheet, string Region)> AllSheets() =>
        [.. SeededDatabase.Regions.SelectMany(r => Seeds.Read(r.Seed).Sheets.Select(s => (s, r.Code))).Select((x, i) => ((long)i + 1, x.s, x.Code))];
}
