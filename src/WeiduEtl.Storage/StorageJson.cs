using System.Text.Encodings.Web;
using System.Text.Json;

namespace WeiduEtl.Storage;

/// <summary>JSON as stored: Chinese kept readable, not \u-escaped.</summary>
internal static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
