namespace Jixiao.Core.Framework;

public enum CategoryLevel
{
    Level1 = 1,
    Level2 = 2,
}

/// <summary>
/// One category of the indicator framework: its official name, the synonyms forms use for it,
/// and for a level-2 category the level-1 category it belongs to.
/// </summary>
public sealed record Category(CategoryLevel Level, string Name, string? Parent, IReadOnlyList<string> Synonyms);

/// <summary>What a cell's text was recognised as: the category and the text as written.</summary>
public sealed record CategoryMatch(Category Category, string Written)
{
    public bool IsLevel1 => Category.Level == CategoryLevel.Level1;
}
