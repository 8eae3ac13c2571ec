using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace WeiduEtl.Serving.Explore;

/// <summary>JSON answers in the tables' snake_case names, Chinese kept readable.</summary>
internal static class ExploreJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static IResult Answer(HttpContext http, object value, int status = StatusCodes.Status200OK)
    {
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Json(value, Options, ContentTypes.Json, status);
    }

    public static IResult Problem(HttpContext http, string message, int status) => Answer(http, new { error = message }, status);
}
