using System.Text.Json.Nodes;

namespace NdrBot.Cli.Tests.Infra;

public sealed class KubernetesTests
{
    private static readonly string[] CredentialKeys =
    [
        "Teams__AppId", "Teams__AppPassword", "Teams__TenantId",
        "Slack__SigningSecret", "Slack__BotToken", "Slack__AppToken", "Storage__ConnectionString",
    ];

    private static JsonNode Read(string file) => Yaml.Read(InfraFiles.PathOf("infra", "k8s", file))!;

    private static JsonNode Container() => Read("deployment.yaml")["spec"]!["template"]!["spec"]!["containers"]![0]!;

    [Fact]
    public void Deployment_RunsTwoReplicasOfTheImageOnTheHostPort()
    {
        var deployment = Read("deployment.yaml");
        var container = Container();

        Assert.Equal(("apps/v1", "Deployment"), ((string?)deployment["apiVersion"], (string?)deployment["kind"]));
        Assert.Equal(2, (long)deployment["spec"]!["replicas"]!);
        Assert.Equal(InfraFiles.HostPort, (long)container["ports"]![0]!["containerPort"]!);
        Assert.Contains(container["env"]!.AsArray(), e => (string?)e!["name"] == "ASPNETCORE_HTTP_PORTS" && (string?)e["value"] == "3978");
        Assert.True((bool)deployment["spec"]!["template"]!["spec"]!["securityContext"]!["runAsNonRoot"]!);
    }

    [Fact]
    public void Deployment_ProbesHitReadyzAndHealthzOnTheContainerPort()
    {
        var container = Container();
        var portName = (string?)container["ports"]![0]!["name"];

        var readiness = container["readinessProbe"]!["httpGet"]!;
        var liveness = container["livenessProbe"]!["httpGet"]!;

        Assert.Equal("/readyz", (string?)readiness["path"]);
        Assert.Equal("/healthz", (string?)liveness["path"]);
        Assert.All(new[] { readiness, liveness }, probe => Assert.Equal(portName, (string?)probe["port"]));
    }

    [Fact]
    public void Deployment_HasResourceRequestsAndLimits()
    {
        var resources = Container()["resources"]!;

        foreach (var kind in new[] { "requests", "limits" })
        {
            Assert.NotNull(resources[kind]!["cpu"]);
            Assert.NotNull(resources[kind]!["memory"]);
        }
    }

    [Fact]
    public void Deployment_TakesCredentialsAndTheConnectionStringFromTheSecret()
    {
        var container = Container();
        var secretName = (string?)container["envFrom"]![0]!["secretRef"]!["name"];
        var secret = Read("secret.template.yaml");

        Assert.Equal(("Secret", secretName), ((string?)secret["kind"], (string?)secret["metadata"]!["name"]));
        Assert.Equal(CredentialKeys.Order(StringComparer.Ordinal), secret["stringData"]!.AsObject().Select(kv => kv.Key).Order(StringComparer.Ordinal));
        Assert.Equal("postgres", (string?)container["env"]!.AsArray().Single(e => (string?)e!["name"] == "Storage__Provider")!["value"]);
        Assert.DoesNotContain(container["env"]!.AsArray(), e => CredentialKeys.Contains((string?)e!["name"]));
    }

    [Fact]
    public void ServiceAndIngress_RouteTheBotEndpointsToThePods()
    {
        var service = Read("service.yaml");
        var ingress = Read("ingress.yaml");
        var podLabels = Read("deployment.yaml")["spec"]!["template"]!["metadata"]!["labels"]!;

        Assert.True(JsonNode.DeepEquals(podLabels, service["spec"]!["selector"]));
        Assert.Equal("http", (string?)service["spec"]!["ports"]![0]!["targetPort"]);
        var paths = ingress["spec"]!["rules"]![0]!["http"]!["paths"]!.AsArray();
        Assert.Equal(["/api/messages", "/slack"], paths.Select(p => (string?)p!["path"]));
        Assert.All(paths, p => Assert.Equal((string?)service["metadata"]!["name"], (string?)p!["backend"]!["service"]!["name"]));
        Assert.NotNull(ingress["spec"]!["tls"]);
    }

    [Fact]
    public void Kustomization_ListsEveryManifestButTheSecretTemplate()
    {
        var resources = Read("kustomization.yaml")["resources"]!.AsArray().Select(r => (string?)r).ToList();

        Assert.Equal(["deployment.yaml", "service.yaml", "ingress.yaml"], resources);
    }
}
