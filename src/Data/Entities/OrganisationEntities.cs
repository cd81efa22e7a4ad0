namespace Jixiao.Data.Entities;

/// <summary>财政区划: a 6-digit administrative code (mof_div_code) and its name.</summary>
public sealed class RegionEntity
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The region's rule set (审核规则集) by name; null for the shipped default (migration 0008).</summary>
    public string? RuleSet { get; set; }

    /// <summary>The region's default form layout (版式) as a FormFamilies code; null for the layout each sheet was imported from.</summary>
    public string? FormLayout { get; set; }
}

/// <summary>
/// A department or unit (部门 / 单位) as sheets name it, within a region. <see cref="ParentId"/>
/// is the 主管部门 a unit reports to, where a sheet says so; <see cref="Code"/> the 单位编码.
/// </summary>
public sealed class OrganisationEntity
{
    public long Id { get; set; }

    public long? RegionId { get; set; }

    public RegionEntity? Region { get; set; }

    public required string Name { get; set; }

    public string? Code { get; set; }

    public long? ParentId { get; set; }

    public OrganisationEntity? Parent { get; set; }
}
