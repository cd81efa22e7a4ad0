using Jixiao.Core.Targets;

namespace Jixiao.Core.Review;

/// <summary>
/// 审核意见: what a rule found, where, why it matters and how to fix it. <see cref="Sheet"/> is
/// null for a finding about the document as a whole (a 合计 that does not add up).
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    TargetSheet? Sheet,
    Indicator? Indicator,
    SourcePosition Position,
    string Message,
    string Why,
    string? Fix);
