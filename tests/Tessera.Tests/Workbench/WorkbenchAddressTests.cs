using Tessera.Workbench;

namespace Tessera.Tests.Workbench;

/// <summary>Where the workbench may listen: this machine only without sign-in, anywhere with it.</summary>
public class WorkbenchAddressTests
{
    [Theory]
    [InlineData("127.0.0.1:5000", true)]
    [InlineData("localhost:0", true)]
    [InlineData("[::1]:8080", true)]
    [InlineData("0.0.0.0:5000", false)]
    [InlineData("192.168.1.20:5000", false)]
    [InlineData("[::]:5000", false)]
    public void Only_a_loopback_address_is_accepted_without_sign_in(string listen, bool accepted)
    {
        var address = Tessera.Workbench.Workbench.Address(listen);
        Assert.Equal(accepted, address.Ok);
        if (!accepted) Assert.Equal("TSR702", address.Problem!.Code);
    }

    [Theory]
    [InlineData("0.0.0.0:5000")]
    [InlineData("192.168.1.20:5000")]
    [InlineData("[::]:5000")]
    public void Any_address_is_accepted_with_sign_in(string listen) =>
        Assert.True(Tessera.Workbench.Workbench.Address(listen, signIn: true).Ok);

    [Fact]
    public void Serve_with_a_users_file_passes_a_public_address_on_to_reading_the_case()
    {
        using var team = new TeamCase();
        var run = Cli.CliRunner.Invoke("serve", "no/such/case", "--users", team.UsersFile, "--listen", "0.0.0.0:5000");
        Assert.Equal(2, run.Exit);
        Assert.DoesNotContain("TSR702", run.Err);
        Assert.Contains("no/such/case", run.Err);
    }

    [Theory]
    [InlineData("5000")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:99999")]
    [InlineData("example.org:80")]
    public void An_address_that_is_not_host_and_port_is_refused_naming_it(string listen)
    {
        var address = ListenAddress.Parse(listen);
        Assert.Equal("TSR701", address.Problem!.Code);
        Assert.Contains(listen, address.Problem.Message);
    }

    [Fact]
    public void Serve_refuses_a_public_address_before_reading_the_case()
    {
        var run = Cli.CliRunner.Invoke("serve", "no/such/case", "--listen", "0.0.0.0:5000");
        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR702", run.Err);
    }
}
