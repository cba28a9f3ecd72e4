using Drover.Server.Storage.Providers;
using Npgsql;

namespace Drover.IntegrationTests.Storage;

/// <summary>How <c>--database</c> is read: SQLite by default, PostgreSQL by URL or connection string, never a password in the log line.</summary>
public sealed class DatabaseTargetTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sqlite")]
    public void Nothing_or_sqlite_means_the_file_under_the_data_directory(string? setting)
    {
        var t = DatabaseTarget.Parse(setting, "/var/lib/drover");
        t.Kind.ShouldBe(DatabaseKind.Sqlite);
        t.ConnectionString.ShouldContain("Data Source=/var/lib/drover/drover.db");
        t.Describe.ShouldBe("SQLite at /var/lib/drover/drover.db");
    }

    [Fact]
    public void A_postgres_url_gives_host_port_database_user_and_an_escaped_password_that_is_never_described()
    {
        var t = DatabaseTarget.Parse("postgres://drover:p%40ss%3Aword@db.internal:6543/drover_prod?sslmode=require&Maximum%20Pool%20Size=50", "/x");
        t.Kind.ShouldBe(DatabaseKind.Postgres);
        var b = new NpgsqlConnectionStringBuilder(t.ConnectionString);
        (b.Host, b.Port, b.Database, b.Username, b.Password).ShouldBe(("db.internal", 6543, "drover_prod", "drover", "p@ss:word"));
        b.SslMode.ShouldBe(SslMode.Require);
        b.MaxPoolSize.ShouldBe(50);
        t.Describe.ShouldBe("PostgreSQL at db.internal:6543/drover_prod as drover");
        t.Describe.ShouldNotContain("p@ss");
    }

    [Fact]
    public void A_url_without_a_port_uses_5432_and_a_connection_string_is_taken_as_it_is()
    {
        new NpgsqlConnectionStringBuilder(DatabaseTarget.Parse("postgresql://u@h/d", "/x").ConnectionString).Port.ShouldBe(5432);
        var t = DatabaseTarget.Parse("Host=10.0.0.5;Port=5433;Database=drover;Username=app;Password=secret", "/x");
        t.Describe.ShouldBe("PostgreSQL at 10.0.0.5:5433/drover as app");
    }

    [Theory]
    [InlineData("mysql://u@h/d", "must be empty (SQLite under the data directory), 'sqlite', postgres://")]
    [InlineData("postgres://u@h/", "the PostgreSQL database name is missing")]
    [InlineData("postgres://u@h/d?no_such_option=1", "unknown or invalid option 'no_such_option'")]
    [InlineData("Host=h;Bogus Key=1;Database=d", "not a valid PostgreSQL connection string")]
    public void A_bad_setting_stops_the_server_with_a_message_naming_it(string setting, string expected)
    {
        var e = Should.Throw<InvalidOperationException>(() => DatabaseTarget.Parse(setting, "/x"));
        e.Message.ShouldStartWith("Drover:Database: ");
        e.Message.ShouldContain(expected);
    }
}
