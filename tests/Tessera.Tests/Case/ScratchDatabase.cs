using Npgsql;

namespace Tessera.Tests.Case;

/// <summary>A database of its own on the test server (TESSERA_TEST_POSTGRES, which CI sets), dropped when the test is done.</summary>
public sealed class ScratchDatabase : IDisposable
{
    private readonly string _admin;
    private readonly string _name = "tessera_test_" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>The server's connection string, or null when no server is configured.</summary>
    public static string? Server => Environment.GetEnvironmentVariable("TESSERA_TEST_POSTGRES");

    /// <summary>A new database on the configured server; use only when <see cref="Server"/> is set.</summary>
    public ScratchDatabase()
    {
        _admin = Server ?? throw new InvalidOperationException("TESSERA_TEST_POSTGRES is not set");
        Execute($"CREATE DATABASE {_name}");
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ToString();

    private void Execute(string sql)
    {
        using var c = new NpgsqlConnection(_admin);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }
}
