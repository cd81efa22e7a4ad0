using System.Text.Json;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Export;

/// <summary>
/// The parts of a sheet beyond its table (issue 11): header fields, goals by term, 职能, key tasks, the
/// spending plan, measures and plan steps, and an indicator's explanation columns. Each is written only when
/// the sheet has it, so a reader of the contract that knows none of them sees what it saw before.
/// </summary>
public static partial class ImportJson
{
    /// <summary>The goal term as the API's goals carry it (the names PUT /api/sheets/{id} accepts).</summary>
    public static string TermCode(GoalTerm term) => term switch
    {
        GoalTerm.Annual => "annual",
        GoalTerm.ImplementationPeriod => "period",
        GoalTerm.Detailed => "detailed",
        _ => "overall",
    };

    private static void WriteFields(Utf8JsonWriter w, TargetSheet sheet)
    {
        void Text(string name, string? value)
        {
            if (value is not null)
            {
                w.WriteString(name, value);
            }
        }

        Text("supervisingDepartment", sheet.SupervisingDepartment);
        Text("unit", sheet.Unit);
        Text("projectType", sheet.ProjectType);
        Text("projectLevel", sheet.ProjectLevel);
        Text("projectAttribute", sheet.ProjectAttribute);
        Text("leader", sheet.Leader);
        Text("leaderPhone", sheet.LeaderPhone);
        Text("period", sheet.Period?.Text);
        if (sheet.StaffCount is { } staff)
        {
            w.WriteNumber("staffCount", staff);
        }

        Text("purpose", sheet.Purpose);
    }

    private static void WriteParts(Utf8JsonWriter w, TargetSheet sheet)
    {
        Array(w, "goals", sheet.Goals, g =>
        {
            w.WriteString("term", TermCode(g.Term));
            w.WriteString("text", g.Text);
        });
        Array(w, "functions", sheet.Functions, f =>
        {
            w.WriteString("name", f.Name);
            w.WriteString("text", f.Text);
        });
        Array(w, "keyTasks", sheet.KeyTasks, t =>
        {
            w.WriteString("name", t.Name);
            w.WriteString("content", t.Content);
            if (t.Funds is { } funds)
            {
                w.WriteNumber("fundsWan", Canonical(funds.ToWan()));
            }

            w.WriteString("expectedResult", t.ExpectedResult);
        });
        Array(w, "spendingPlan", sheet.SpendingPlan, p =>
        {
            w.WriteString("label", p.Label);
            w.WriteNumber("percent", Canonical(p.Percent));
        });
        Array(w, "measures", sheet.Measures, m =>
        {
            w.WriteString("kind", m.Kind);
            w.WriteString("text", m.Text);
        });
        if (sheet.Plans.Count > 0)
        {
            w.WriteStartArray("plans");
            foreach (var plan in sheet.Plans)
            {
                w.WriteStringValue(plan.Text);
            }

            w.WriteEndArray();
        }
    }

    private static void WriteIndicatorDetails(Utf8JsonWriter w, Indicator indicator)
    {
        foreach (var (name, value) in new[] { ("description", indicator.Description), ("formula", indicator.Formula), ("basis", indicator.Basis), ("lastYearValue", indicator.LastYearValue) })
        {
            if (value is not null)
            {
                w.WriteString(name, value);
            }
        }

        if (indicator.Weight is { } weight)
        {
            w.WriteNumber("weight", Canonical(weight));
        }
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<T> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
