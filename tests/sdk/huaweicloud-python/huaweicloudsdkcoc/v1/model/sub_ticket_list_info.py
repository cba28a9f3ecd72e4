# coding: utf-8

from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization


class SubTicketListInfo:

    """
    Attributes:
      openapi_types (dict): The key is attribute name
                            and the value is attribute type.
      attribute_map (dict): The key is attribute name
                            and the value is json key in definition.
    """
    sensitive_list = []

    openapi_types = {
        'ep_id': 'str',
        'resource_id': 'str',
        'type': 'str',
        'name': 'str',
        'provider': 'str',
        'domain_id': 'str',
        'region_id': 'str',
        'hosting_id': 'str',
        'properties_json': 'str',
        'tags_json': 'str',
        'is_deleted': 'bool',
        'id': 'str',
        'main_ticket_id': 'str',
        'parent_ticket_id': 'str',
        'ticket_id': 'str',
        'real_ticket_id': 'str',
        'ticket_path': 'str',
        'target_value': 'str',
        'target_type': 'str',
        'create_time': 'int',
        'update_time': 'int',
        'creator': 'str',
        'operator': 'str'
    }

    attribute_map = {
        'ep_id': 'ep_id',
        'resource_id': 'resource_id',
        'type': 'type',
        'name': 'name',
        'provider': 'provider',
        'domain_id': 'domain_id',
        'region_id': 'region_id',
        'hosting_id': 'hosting_id',
        'properties_json': 'properties_json',
        'tags_json': 'tags_json',
        'is_deleted': 'is_deleted',
        'id': 'id',
        'main_ticket_id': 'main_ticket_id',
        'parent_ticket_id': 'parent_ticket_id',
        'ticket_id': 'ticket_id',
        'real_ticket_id': 'real_ticket_id',
        'ticket_path': 'ticket_path',
        'target_value': 'target_value',
        'target_type': 'target_type',
        'create_time': 'create_time',
        'update_time': 'update_time',
        'creator': 'creator',
        'operator': 'operator'
    }

    def __init__(self, ep_id=None, resource_id=None, type=None, name=None, provider=None, domain_id=None, region_id=None, hosting_id=None, properties_json=None, tags_json=None, is_deleted=None, id=None, main_ticket_id=None, parent_ticket_id=None, ticket_id=None, real_ticket_id=None, ticket_path=None, target_value=None, target_type=None, create_time=None, update_time=None, creator=None, operator=None):
        r"""SubTicketListInfo

        The model defined in huaweicloud sdk

        :param ep_id: 企业项目ID。
        :type ep_id: str
        :param resource_id: 资源ID。
        :type resource_id: str
        :param type: 资源类型。
        :type type: str
        :param name: 资源名称。
        :type name: str
        :param provider: 资源类型。
        :type provider: str
        :param domain_id: 租户ID。
        :type domain_id: str
        :param region_id: Region信息。
        :type region_id: str
        :param hosting_id: 主机ID。
        :type hosting_id: str
        :param properties_json: 资源属性信息。
        :type properties_json: str
        :param tags_json: 资源标签信息。
        :type tags_json: str
        :param is_deleted: 是否已删除。
        :type is_deleted: bool
        :param id: 变更工单ID
        :type id: str
        :param main_ticket_id: 变更工单主键ID。
        :type main_ticket_id: str
        :param parent_ticket_id: 父级工单ID。
        :type parent_ticket_id: str
        :param ticket_id: 问题单ID。
        :type ticket_id: str
        :param real_ticket_id: 问题单单号。
        :type real_ticket_id: str
        :param ticket_path: 工单路径。
        :type ticket_path: str
        :param target_value: region信息。
        :type target_value: str
        :param target_type: 子单类型。
        :type target_type: str
        :param create_time: 创建时间。
        :type create_time: int
        :param update_time: 更新时间。
        :type update_time: int
        :param creator: 创单人。
        :type creator: str
        :param operator: 操作人。
        :type operator: str
        """
        
        

        self._ep_id = None
        self._resource_id = None
        self._type = None
        self._name = None
        self._provider = None
        self._domain_id = None
        self._region_id = None
        self._hosting_id = None
        self._properties_json = None
        self._tags_json = None
        self._is_deleted = None
        self._id = None
        self._main_ticket_id = None
        self._parent_ticket_id = None
        self._ticket_id = None
        self._real_ticket_id = None
        self._ticket_path = None
        self._target_value = None
        self._target_type = None
        self._create_time = None
        self._update_time = None
        self._creator = None
        self._operator = None
        self.discriminator = None

        if ep_id is not None:
            self.ep_id = ep_id
        if resource_id is not None:
            self.resource_id = resource_id
        if type is not None:
            self.type = type
        if name is not None:
            self.name = name
        if provider is not None:
            self.provider = provider
        if domain_id is not None:
            self.domain_id = domain_id
        if region_id is not None:
            self.region_id = region_id
        if hosting_id is not None:
            self.hosting_id = hosting_id
        if properties_json is not None:
            self.properties_json = properties_json
        if tags_json is not None:
            self.tags_json = tags_json
        if is_deleted is not None:
            self.is_deleted = is_deleted
        if id is not None:
            self.id = id
        if main_ticket_id is not None:
            self.main_ticket_id = main_ticket_id
        if parent_ticket_id is not None:
            self.parent_ticket_id = parent_ticket_id
        if ticket_id is not None:
            self.ticket_id = ticket_id
        if real_ticket_id is not None:
            self.real_ticket_id = real_ticket_id
        if ticket_path is not None:
            self.ticket_path = ticket_path
        if target_value is not None:
            self.target_value = target_value
        if target_type is not None:
            self.target_type = target_type
        if create_time is not None:
            self.create_time = create_time
        if update_time is not None:
            self.update_time = update_time
        if creator is not None:
            self.creator = creator
        if operator is not None:
            self.operator = operator

    @property
    def ep_id(self):
        r"""Gets the ep_id of this SubTicketListInfo.

        企业项目ID。

        :return: The ep_id of this SubTicketListInfo.
        :rtype: str
        """
        return self._ep_id

    @ep_id.setter
    def ep_id(self, ep_id):
        r"""Sets the ep_id of this SubTicketListInfo.

        企业项目ID。

        :param ep_id: The ep_id of this SubTicketListInfo.
        :type ep_id: str
        """
        self._ep_id = ep_id

    @property
    def resource_id(self):
        r"""Gets the resource_id of this SubTicketListInfo.

        资源ID。

        :return: The resource_id of this SubTicketListInfo.
        :rtype: str
        """
        return self._resource_id

    @resource_id.setter
    def resource_id(self, resource_id):
        r"""Sets the resource_id of this SubTicketListInfo.

        资源ID。

        :param resource_id: The resource_id of this SubTicketListInfo.
        :type resource_id: str
        """
        self._resource_id = resource_id

    @property
    def type(self):
        r"""Gets the type of this SubTicketListInfo.

        资源类型。

        :return: The type of this SubTicketListInfo.
        :rtype: str
        """
        return self._type

    @type.setter
    def type(self, type):
        r"""Sets the type of this SubTicketListInfo.

        资源类型。

        :param type: The type of this SubTicketListInfo.
        :type type: str
        """
        self._type = type

    @property
    def name(self):
        r"""Gets the name of this SubTicketListInfo.

        资源名称。

        :return: The name of this SubTicketListInfo.
        :rtype: str
        """
        return self._name

    @name.setter
    def name(self, name):
        r"""Sets the name of this SubTicketListInfo.

        资源名称。

        :param name: The name of this SubTicketListInfo.
        :type name: str
        """
        self._name = name

    @property
    def provider(self):
        r"""Gets the provider of this SubTicketListInfo.

        资源类型。

        :return: The provider of this SubTicketListInfo.
        :rtype: str
        """
        return self._provider

    @provider.setter
    def provider(self, provider):
        r"""Sets the provider of this SubTicketListInfo.

        资源类型。

        :param provider: The provider of this SubTicketListInfo.
        :type provider: str
        """
        self._provider = provider

    @property
    def domain_id(self):
        r"""Gets the domain_id of this SubTicketListInfo.

        租户ID。

        :return: The domain_id of this SubTicketListInfo.
        :rtype: str
        """
        return self._domain_id

    @domain_id.setter
    def domain_id(self, domain_id):
        r"""Sets the domain_id of this SubTicketListInfo.

        租户ID。

        :param domain_id: The domain_id of this SubTicketListInfo.
        :type domain_id: str
        """
        self._domain_id = domain_id

    @property
    def region_id(self):
        r"""Gets the region_id of this SubTicketListInfo.

        Region信息。

        :return: The region_id of this SubTicketListInfo.
        :rtype: str
        """
        return self._region_id

    @region_id.setter
    def region_id(self, region_id):
        r"""Sets the region_id of this SubTicketListInfo.

        Region信息。

        :param region_id: The region_id of this SubTicketListInfo.
        :type region_id: str
        """
        self._region_id = region_id

    @property
    def hosting_id(self):
        r"""Gets the hosting_id of this SubTicketListInfo.

        主机ID。

        :return: The hosting_id of this SubTicketListInfo.
        :rtype: str
        """
        return self._hosting_id

    @hosting_id.setter
    def hosting_id(self, hosting_id):
        r"""Sets the hosting_id of this SubTicketListInfo.

        主机ID。

        :param hosting_id: The hosting_id of this SubTicketListInfo.
        :type hosting_id: str
        """
        self._hosting_id = hosting_id

    @property
    def properties_json(self):
        r"""Gets the properties_json of this SubTicketListInfo.

        资源属性信息。

        :return: The properties_json of this SubTicketListInfo.
        :rtype: str
        """
        return self._properties_json

    @properties_json.setter
    def properties_json(self, properties_json):
        r"""Sets the properties_json of this SubTicketListInfo.

        资源属性信息。

        :param properties_json: The properties_json of this SubTicketListInfo.
        :type properties_json: str
        """
        self._properties_json = properties_json

    @property
    def tags_json(self):
        r"""Gets the tags_json of this SubTicketListInfo.

        资源标签信息。

        :return: The tags_json of this SubTicketListInfo.
        :rtype: str
        """
        return self._tags_json

    @tags_json.setter
    def tags_json(self, tags_json):
        r"""Sets the tags_json of this SubTicketListInfo.

        资源标签信息。

        :param tags_json: The tags_json of this SubTicketListInfo.
        :type tags_json: str
        """
        self._tags_json = tags_json

    @property
    def is_deleted(self):
        r"""Gets the is_deleted of this SubTicketListInfo.

        是否已删除。

        :return: The is_deleted of this SubTicketListInfo.
        :rtype: bool
        """
        return self._is_deleted

    @is_deleted.setter
    def is_deleted(self, is_deleted):
        r"""Sets the is_deleted of this SubTicketListInfo.

        是否已删除。

        :param is_deleted: The is_deleted of this SubTicketListInfo.
        :type is_deleted: bool
        """
        self._is_deleted = is_deleted

    @property
    def id(self):
        r"""Gets the id of this SubTicketListInfo.

        变更工单ID

        :return: The id of this SubTicketListInfo.
        :rtype: str
        """
        return self._id

    @id.setter
    def id(self, id):
        r"""Sets the id of this SubTicketListInfo.

        变更工单ID

        :param id: The id of this SubTicketListInfo.
        :type id: str
        """
        self._id = id

    @property
    def main_ticket_id(self):
        r"""Gets the main_ticket_id of this SubTicketListInfo.

        变更工单主键ID。

        :return: The main_ticket_id of this SubTicketListInfo.
        :rtype: str
        """
        return self._main_ticket_id

    @main_ticket_id.setter
    def main_ticket_id(self, main_ticket_id):
        r"""Sets the main_ticket_id of this SubTicketListInfo.

        变更工单主键ID。

        :param main_ticket_id: The main_ticket_id of this SubTicketListInfo.
        :type main_ticket_id: str
        """
        self._main_ticket_id = main_ticket_id

    @property
    def parent_ticket_id(self):
        r"""Gets the parent_ticket_id of this SubTicketListInfo.

        父级工单ID。

        :return: The parent_ticket_id of this SubTicketListInfo.
        :rtype: str
        """
        return self._parent_ticket_id

    @parent_ticket_id.setter
    def parent_ticket_id(self, parent_ticket_id):
        r"""Sets the parent_ticket_id of this SubTicketListInfo.

        父级工单ID。

        :param parent_ticket_id: The parent_ticket_id of this SubTicketListInfo.
        :type parent_ticket_id: str
        """
        self._parent_ticket_id = parent_ticket_id

    @property
    def ticket_id(self):
        r"""Gets the ticket_id of this SubTicketListInfo.

        问题单ID。

        :return: The ticket_id of this SubTicketListInfo.
        :rtype: str
        """
        return self._ticket_id

    @ticket_id.setter
    def ticket_id(self, ticket_id):
        r"""Sets the ticket_id of this SubTicketListInfo.

        问题单ID。

        :param ticket_id: The ticket_id of this SubTicketListInfo.
        :type ticket_id: str
        """
        self._ticket_id = ticket_id

    @property
    def real_ticket_id(self):
        r"""Gets the real_ticket_id of this SubTicketListInfo.

        问题单单号。

        :return: The real_ticket_id of this SubTicketListInfo.
        :rtype: str
        """
        return self._real_ticket_id

    @real_ticket_id.setter
    def real_ticket_id(self, real_ticket_id):
        r"""Sets the real_ticket_id of this SubTicketListInfo.

        问题单单号。

        :param real_ticket_id: The real_ticket_id of this SubTicketListInfo.
        :type real_ticket_id: str
        """
        self._real_ticket_id = real_ticket_id

    @property
    def ticket_path(self):
        r"""Gets the ticket_path of this SubTicketListInfo.

        工单路径。

        :return: The ticket_path of this SubTicketListInfo.
        :rtype: str
        """
        return self._ticket_path

    @ticket_path.setter
    def ticket_path(self, ticket_path):
        r"""Sets the ticket_path of this SubTicketListInfo.

        工单路径。

        :param ticket_path: The ticket_path of this SubTicketListInfo.
        :type ticket_path: str
        """
        self._ticket_path = ticket_path

    @property
    def target_value(self):
        r"""Gets the target_value of this SubTicketListInfo.

        region信息。

        :return: The target_value of this SubTicketListInfo.
        :rtype: str
        """
        return self._target_value

    @target_value.setter
    def target_value(self, target_value):
        r"""Sets the target_value of this SubTicketListInfo.

        region信息。

        :param target_value: The target_value of this SubTicketListInfo.
        :type target_value: str
        """
        self._target_value = target_value

    @property
    def target_type(self):
        r"""Gets the target_type of this SubTicketListInfo.

        子单类型。

        :return: The target_type of this SubTicketListInfo.
        :rtype: str
        """
        return self._target_type

    @target_type.setter
    def target_type(self, target_type):
        r"""Sets the target_type of this SubTicketListInfo.

        子单类型。

        :param target_type: The target_type of this SubTicketListInfo.
        :type target_type: str
        """
        self._target_type = target_type

    @property
    def create_time(self):
        r"""Gets the create_time of this SubTicketListInfo.

        创建时间。

        :return: The create_time of this SubTicketListInfo.
        :rtype: int
        """
        return self._create_time

    @create_time.setter
    def create_time(self, create_time):
        r"""Sets the create_time of this SubTicketListInfo.

        创建时间。

        :param create_time: The create_time of this SubTicketListInfo.
        :type create_time: int
        """
        self._create_time = create_time

    @property
    def update_time(self):
        r"""Gets the update_time of this SubTicketListInfo.

        更新时间。

        :return: The update_time of this SubTicketListInfo.
        :rtype: int
        """
        return self._update_time

    @update_time.setter
    def update_time(self, update_time):
        r"""Sets the update_time of this SubTicketListInfo.

        更新时间。

        :param update_time: The update_time of this SubTicketListInfo.
        :type update_time: int
        """
        self._update_time = update_time

    @property
    def creator(self):
        r"""Gets the creator of this SubTicketListInfo.

        创单人。

        :return: The creator of this SubTicketListInfo.
        :rtype: str
        """
        return self._creator

    @creator.setter
    def creator(self, creator):
        r"""Sets the creator of this SubTicketListInfo.

        创单人。

        :param creator: The creator of this SubTicketListInfo.
        :type creator: str
        """
        self._creator = creator

    @property
    def operator(self):
        r"""Gets the operator of this SubTicketListInfo.

        操作人。

        :return: The operator of this SubTicketListInfo.
        :rtype: str
        """
        return self._operator

    @operator.setter
    def operator(self, operator):
        r"""Sets the operator of this SubTicketListInfo.

        操作人。

        :param operator: The operator of this SubTicketListInfo.
        :type operator: str
        """
        self._operator = operator

    def to_dict(self):
        result = {}

        for attr, _ in self.openapi_types.items():
            value = getattr(self, attr)
            if isinstance(value, list):
                result[attr] = list(map(
                    lambda x: x.to_dict() if hasattr(x, "to_dict") else x,
                    value
                ))
            elif hasattr(value, "to_dict"):
                result[attr] = value.to_dict()
            elif isinstance(value, dict):
                result[attr] = dict(map(
                    lambda item: (item[0], item[1].to_dict())
                    if hasattr(item[1], "to_dict") else item,
                    value.items()
                ))
            else:
                if attr in self.sensitive_list:
                    result[attr] = "****"
                else:
                    result[attr] = value

        return result

    def to_str(self):
        """Returns the string representation of the model"""
        import simplejson as json
        return json.dumps(sanitize_for_serialization(self), ensure_ascii=False)

    def __repr__(self):
        """For `print`"""
        return self.to_str()

    def __eq__(self, other):
        """Returns true if both objects are equal"""
        if not isinstance(other, SubTicketListInfo):
            return False

        return self.__dict__ == other.__dict__

    def __ne__(self, other):
        """Returns true if both objects are not equal"""
        return not self == other
