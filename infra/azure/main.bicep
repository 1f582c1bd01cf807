// NdrBot on Azure: a single-tenant Azure Bot with the Teams channel, a Container App running the image (2 replicas),
// and Azure Database for PostgreSQL flexible server for the shared case store.
//   az deployment group create -g <group> -f infra/azure/main.bicep -p teamsAppId=<guid> image=<registry>/ndrbot:<tag> ...
// The bot's Entra app registration (teamsAppId + a client secret) is made first: see docs/deploy.md.

@description('Where the Container App and PostgreSQL live.')
param location string = resourceGroup().location

@description('Name of the Azure Bot resource (its handle; globally unique).')
param botName string = 'ndrbot-${uniqueString(resourceGroup().id)}'

@description('Name of the Container App.')
param appName string = 'ndrbot'

@description('Name of the Container Apps environment.')
param environmentName string = 'ndrbot-env'

@description('Name of the PostgreSQL flexible server (globally unique).')
param postgresServerName string = 'ndrbot-pg-${uniqueString(resourceGroup().id)}'

@description('The container image, built from infra/docker/Dockerfile.')
param image string

@description('Application (client) ID of the bot\'s single-tenant Entra app registration.')
param teamsAppId string

@description('Client secret of that app registration.')
@secure()
param teamsAppPassword string

@description('Entra tenant of the app registration.')
param tenantId string = tenant().tenantId

@description('Slack credentials; leave empty to run Teams only.')
@secure()
param slackBotToken string = ''
@secure()
param slackAppToken string = ''
@secure()
param slackSigningSecret string = ''

param postgresAdminLogin string = 'ndrbot'
@secure()
param postgresAdminPassword string

var port = 3978
// Container Apps refuses empty secrets, so only the Slack settings that were given become secrets and variables.
var slack = filter([
  { env: 'Slack__BotToken', secret: 'slack-bot-token', value: slackBotToken }
  { env: 'Slack__AppToken', secret: 'slack-app-token', value: slackAppToken }
  { env: 'Slack__SigningSecret', secret: 'slack-signing-secret', value: slackSigningSecret }
], s => !empty(s.value))
var connectionString = 'Host=${postgres.properties.fullyQualifiedDomainName};Port=5432;Database=ndrbot;Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=Require'

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresServerName
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: 32 }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: 'ndrbot'
}

// Lets Azure services (the Container App) reach the server; use VNet integration for a private setup.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: environmentName
  location: location
  properties: {}
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: appName
  location: location
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      ingress: { external: true, targetPort: port, transport: 'http' }
      secrets: concat([
        { name: 'teams-app-password', value: teamsAppPassword }
        { name: 'storage-connection-string', value: connectionString }
      ], map(slack, s => { name: s.secret, value: s.value }))
    }
    template: {
      containers: [
        {
          name: 'ndrbot'
          image: image
          resources: { cpu: json('0.5'), memory: '1Gi' }
          env: concat([
            { name: 'ASPNETCORE_HTTP_PORTS', value: string(port) }
            { name: 'Teams__AppId', value: teamsAppId }
            { name: 'Teams__TenantId', value: tenantId }
            { name: 'Teams__AppPassword', secretRef: 'teams-app-password' }
            { name: 'Storage__Provider', value: 'postgres' }
            { name: 'Storage__ConnectionString', secretRef: 'storage-connection-string' }
          ], map(slack, s => { name: s.env, secretRef: s.secret }))
          probes: [
            { type: 'Liveness', httpGet: { path: '/healthz', port: port } }
            { type: 'Readiness', httpGet: { path: '/readyz', port: port } }
          ]
        }
      ]
      scale: { minReplicas: 2, maxReplicas: 2 }
    }
  }
  dependsOn: [ database, allowAzure ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'NdrBot'
    endpoint: 'https://${app.properties.configuration.ingress.fqdn}/api/messages'
    msaAppId: teamsAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

@description('Give this to `ndrbot teams-package --host`.')
output hostName string = app.properties.configuration.ingress.fqdn
output messagingEndpoint string = bot.properties.endpoint
