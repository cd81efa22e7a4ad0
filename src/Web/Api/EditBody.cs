using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Jixiao.Web.Api;

/// <summary>Why an edit body was not read: the status (400 or 413), a code and a Chinese message.</summary>
public sealed record EditBodyProblem(int Status, string Code, string MessageZh);

/// <summary>
/// Reads the body of PUT /api/sheets/{id}: at most <c>Jixiao:MaxEditBytes</c> (413 beyond), strict
/// UTF-8 (an invalid byte is named by its offset, not replaced), JSON whose every string is whole
/// Unicode (an escaped lone surrogate such as \ud800 is refused rather than failing later).
/// </summary>
public static class EditBody
{
    public const string TooLargeCode = "EDIT-TOO-LARGE";
    public const string BadUtf8Code = "EDIT-BAD-UTF8";
    public const string BadJsonCode = "EDIT-BAD-JSON";
    public const string BadTextCode = "EDIT-BAD-TEXT";

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(JsonDocument? Document, EditBodyProblem? Problem)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        byte[] bytes;
        try
        {
            bytes = await ReadAtMostAsync(request.Body, maxBytes, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }

        if (bytes.LongLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        try
        {
            _ = Strict.GetCharCount(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return (null, new(StatusCodes.Status400BadRequest, BadUtf8Code,
                string.Create(CultureInfo.InvariantCulture, $"请求体不是有效的 UTF-8 文本（第 {e.Index + 1} 字节附近有无效字节）：请以 UTF-8 编码发送 JSON")));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            return (null, new(StatusCodes.Status400BadRequest, BadJsonCode, string.Create(CultureInfo.InvariantCulture,
                $"请求体不是有效的 JSON（第 {(e.LineNumber ?? 0) + 1} 行第 {(e.BytePositionInLine ?? 0) + 1} 字节附近）：请发送 GET /api/sheets/{{id}} 返回的目标表并附 version")));
        }

        if (FirstBrokenString(document.RootElement, "") is { } path)
        {
            document.Dispose();
            return (null, new(StatusCodes.Status400BadRequest, BadTextCode,
                $"请求体中 {(path.Length == 0 ? "根" : path)} 处的文字含有无效的 Unicode 字符（不成对的代理项，如 \\ud800），请更正后再保存"));
        }

        return (document, null);
    }

    public static EditBodyProblem TooLarge(long maxBytes) => new(StatusCodes.Status413PayloadTooLarge, TooLargeCode,
        $"请求体超过 {Imports.Importer.Megabytes(maxBytes)} MB 的编辑上限：一张目标表不应这么大，请检查发送的内容");

    /// <summary>Up to one byte more than <paramref name="maxBytes"/>, so a body over the limit is known without reading it all.</summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream body, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= maxBytes && (read = await body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The path of the first property name or string that is not whole UTF-16, or null.</summary>
    private static string? FirstBrokenString(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Whole(element.GetString) ? null : path;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!Whole(() => property.Name))
                    {
                        return path;
                    }

                    if (FirstBrokenString(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name) is { } broken)
                    {
                        return broken;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstBrokenString(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")) is { } broken)
                    {
                        return broken;
                    }

                    i++;
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>Whether a JSON text decodes to whole UTF-16: no lone surrogate, escaped or not.</summary>
    private static bool Whole(Func<string?> read)
    {
        string text;
        try
        {
            text = read() ?? "";
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[++i])))
            {
                return false;
            }
        }

        return true;
    }
}
