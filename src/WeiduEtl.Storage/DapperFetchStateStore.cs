using Dapper;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Storage;

/// <summary>A source's durable state between passes, in the pipeline's database.</summary>
internal sealed class DapperFetchStateStore(StoreDatabase database) : IFetchStateStore
{
    public async Task<string?> GetAsync(string pipeline, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT value FROM fetch_state WHERE pipeline = @pipeline AND key = @key", new { pipeline, key }, cancellationToken: cancellationToken));
    }

    public async Task SetAsync(string pipeline, string key, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO fetch_state (pipeline, key, value) VALUES (@pipeline, @key, @value)
            ON CONFLICT (pipeline, key) DO UPDATE SET value = excluded.value
            """, new { pipeline, key, value }, cancellationToken: cancellationToken));
    }
}
