using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Review.Rules.DocumentFamily;

/// <summary>Department sheets and project lists for the rules across the sheets of one document.</summary>
internal static class DocumentSheets
{
    public static TargetSheet Department(decimal? projectSpending = null, params KeyTask[] tasks) => TestSheets.Project() with
    {
        Kind = SheetKind.Department,
        Title = "部门整体支出绩效目标表",
        ProjectName = null,
        Unit = "某县人力资源和社会保障局",
        Budget = new Budget { BasicSpending = Jixiao.Core.Targets.Money.Wan(500), ProjectSpending = projectSpending is { } p ? Jixiao.Core.Targets.Money.Wan(p) : null },
        KeyTasks = tasks,
    };

    public static TargetSheet Project(string name, decimal wan, string? unitCode = null, int line = 20) => TestSheets.Project(budgetWan: wan, name: name) with
    {
        Unit = "某县人力资源和社会保障局",
        UnitCode = unitCode,
        Position = SourcePosition.Line(line),
    };

    public static KeyTask Task(string content, decimal? wan, string name = "任务1") =>
        new(name, content, wan is { } w ? Jixiao.Core.Targets.Money.Wan(w) : null, "确保政策落实到位。", SourcePosition.Line(16));
}
