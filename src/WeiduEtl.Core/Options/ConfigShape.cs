using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WeiduEtl.Core.Options;

/// <summary>
/// Checks the JSON of <c>pipelines.json</c> against the options classes before binding, so every field that is
/// not known (a typo such as "scedule" would otherwise be a silent default) and every value of the wrong type is
/// reported at once, by its path, with the nearest known field or the type expected.
/// </summary>
public static class ConfigShape
{
    public static IReadOnlyList<string> Problems(JsonElement root) => Problems(root, typeof(EtlConfig));

    /// <summary>The same check for another file bound to an options class (a press profile).</summary>
    public static IReadOnlyList<string> Problems(JsonElement root, Type type)
    {
        var problems = new List<string>();
        Check(root, type, "", problems);
        return problems;
    }

    private static void Check(JsonElement value, Type type, string path, List<string> problems)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (target.IsValueType)
            {
                problems.Add($"field '{Name(path)}': null, expected {Expected(target)}");
            }
            return;
        }
        if (target == typeof(string))
        {
            Expect(value.ValueKind == JsonValueKind.String);
        }
        else if (target == typeof(bool))
        {
            Expect(value.ValueKind is JsonValueKind.True or JsonValueKind.False);
        }
        else if (target == typeof(int))
        {
            Expect(value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _));
        }
        else if (target == typeof(long))
        {
            Expect(value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _));
        }
        else if (target == typeof(double))
        {
            Expect(value.ValueKind == JsonValueKind.Number);
        }
        else if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
        {
            if (Expect(value.ValueKind == JsonValueKind.Array))
            {
                var item = target.GetGenericArguments()[0];
                var i = 0;
                foreach (var element in value.EnumerateArray())
                {
                    Check(element, item, $"{path}[{i++}]", problems);
                }
            }
        }
        else if (Expect(value.ValueKind == JsonValueKind.Object))
        {
            CheckObject(value, target, path, problems);
        }

        bool Expect(bool ok)
        {
            if (!ok)
            {
                problems.Add($"field '{Name(path)}': {Shown(value)} is {Kind(value)}, expected {Expected(target)}");
            }
            return ok;
        }
    }

    private static void CheckObject(JsonElement value, Type type, string path, List<string> problems)
    {
        var known = Fields(type);
        foreach (var property in value.EnumerateObject())
        {
            var field = known.FirstOrDefault(p => string.Equals(p.Key, property.Name, StringComparison.OrdinalIgnoreCase));
            var fieldPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            if (field.Value is null)
            {
                var nearest = known.Keys.MinBy(k => Distance(k.ToLowerInvariant(), property.Name.ToLowerInvariant()));
                problems.Add($"field '{Name(fieldPath)}': not a known field{(nearest is null ? "" : $"; did you mean '{nearest}'?")} (known here: {string.Join(", ", known.Keys)})");
                continue;
            }
            Check(property.Value, field.Value.PropertyType, fieldPath, problems);
        }
    }

    /// <summary>The fields a JSON object may have: the type's settable properties in camelCase.</summary>
    private static Dictionary<string, PropertyInfo> Fields(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.Name != nameof(EtlConfig.ConfigPath))
        .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), p => p, StringComparer.Ordinal);

    private static string Name(string path) => path.Length == 0 ? "(the whole file)" : path;

    private static string Shown(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length > 40 ? raw[..40] + "…" : raw;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(string) => "a string",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(double) => "a number",
        _ when typeof(IEnumerable).IsAssignableFrom(type) => "a list",
        _ => "an object",
    };

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
