namespace Jixiao.Core.Targets;

/// <summary>指标体系 version in force for a sheet.</summary>
public enum FrameworkVersion
{
    /// <summary>财预〔2015〕88号: 产出 (数量, 质量, 时效, 成本), 效益, 满意度.</summary>
    V88,

    /// <summary>财预〔2021〕101号: 成本 as a level-1 category beside 产出, 效益, 满意度.</summary>
    V101,
}
