using System.Text.Json;

namespace WeiduEtl.Core.Options;

/// <summary>
/// Binds a JSON file to an options class after checking its shape (<see cref="ConfigShape"/>): unknown fields, wrong
/// types and JSON syntax errors become <see cref="ConfigurationException"/> problems prefixed with the file.
/// </summary>
public static class CheckedJson
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <param name="json">The file's text.</param>
    /// <param name="source">The file as named in every problem.</param>
    /// <param name="expected">What the file should hold, for the problem when it holds null ("an object with \"pipelines\"").</param>
    public static T Read<T>(string json, string source, string expected) where T : class
    {
        try
        {
            using (var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
            {
                var shape = ConfigShape.Problems(document.RootElement, typeof(T));
                if (shape.Count > 0)
                {
                    throw new ConfigurationException([.. shape.Select(p => $"{source}: {p}")]);
                }
            }
            return JsonSerializer.Deserialize<T>(json, JsonOptions)
                ?? throw new ConfigurationException($"{source}: the file holds null, expected {expected}");
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}" : "";
            throw new ConfigurationException($"{source}: not valid JSON{where}: {FirstSentence(ex.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
