namespace Jixiao.Data.Entities;

/// <summary>
/// A sheet as the API serves it (the import contract without id and version), written with every
/// save so that reading a sheet is one row instead of eleven queries. Served only while
/// <see cref="Version"/> is the sheet's version and <see cref="Format"/> is this build's
/// (<see cref="SheetSnapshots.Format"/>); otherwise rebuilt from the tables.
/// </summary>
public sealed class SheetSnapshotEntity
{
    public long SheetId { get; set; }

    /// <summary>The sheet's version the JSON was written from.</summary>
    public int Version { get; set; }

    /// <summary>The build that wrote it: a snapshot of another build is rebuilt, not trusted.</summary>
    public required string Format { get; set; }

    public required string Json { get; set; }
}

/// <summary>
/// One row counting the changes to what lists show (sheets, findings, regions), bumped by
/// database triggers. List results computed at one count stay valid while it is unchanged
/// (<see cref="SheetListCache"/>), also across app instances sharing a database.
/// </summary>
public sealed class DataGenerationEntity
{
    public const int SingleId = 1;

    public int Id { get; set; }

    public long Value { get; set; }
}
