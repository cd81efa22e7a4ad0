using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Core.Targets;

namespace Jixiao.Data;

/// <summary>
/// A frozen version keeps the whole <see cref="TargetSheet"/> (every field, with positions), so it can be
/// shown, exported and compared later exactly as it was, whatever the tables hold by then.
/// </summary>
public static class SheetVersionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        MaxDepth = 32,
    };

    public static string Write(TargetSheet sheet) => JsonSerializer.Serialize(sheet, Options);

    public static TargetSheet Read(string json) =>
        JsonSerializer.Deserialize<TargetSheet>(json, Options) ?? throw new InvalidDataException("a stored version is empty");
}
