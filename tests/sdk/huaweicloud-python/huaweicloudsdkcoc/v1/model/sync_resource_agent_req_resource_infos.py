# coding: utf-8

from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization


class SyncResourceAgentReqResourceInfos:

    """
    Attributes:
      openapi_types (dict): The key is attribute name
                            and the value is attribute type.
      attribute_map (dict): The key is attribute name
                            and the value is json key in definition.
    """
    sensitive_list = []

    openapi_types = {
        'region_id': 'str',
        'resource_id': 'str',
        'id': 'str'
    }

    attribute_map = {
        'region_id': 'region_id',
        'resource_id': 'resource_id',
        'id': 'id'
    }

    def __init__(self, region_id=None, resource_id=None, id=None):
        r"""SyncResourceAgentReqResourceInfos

        The model defined in huaweicloud sdk

        :param region_id: **参数解释：** 资源所属的region id。 **约束限制：** 不涉及。 **取值范围：** 资源对应区域id。 **默认取值：** 不涉及。
        :type region_id: str
        :param resource_id: **参数解释：** 资源id。 **约束限制：** 不涉及。 **取值范围：** 用户选择的资源对应的资源id。 **默认取值：** 不涉及。
        :type resource_id: str
        :param id: **参数解释：** 资源在coc-cmdb存储的id。 **约束限制：** 不涉及。 **取值范围：** 不涉及。 **默认取值：** 不涉及。
        :type id: str
        """
        
        

        self._region_id = None
        self._resource_id = None
        self._id = None
        self.discriminator = None

        if region_id is not None:
            self.region_id = region_id
        if resource_id is not None:
            self.resource_id = resource_id
        if id is not None:
            self.id = id

    @property
    def region_id(self):
        r"""Gets the region_id of this SyncResourceAgentReqResourceInfos.

        **参数解释：** 资源所属的region id。 **约束限制：** 不涉及。 **取值范围：** 资源对应区域id。 **默认取值：** 不涉及。

        :return: The region_id of this SyncResourceAgentReqResourceInfos.
        :rtype: str
        """
        return self._region_id

    @region_id.setter
    def region_id(self, region_id):
        r"""Sets the region_id of this SyncResourceAgentReqResourceInfos.

        **参数解释：** 资源所属的region id。 **约束限制：** 不涉及。 **取值范围：** 资源对应区域id。 **默认取值：** 不涉及。

        :param region_id: The region_id of this SyncResourceAgentReqResourceInfos.
        :type region_id: str
        """
        self._region_id = region_id

    @property
    def resource_id(self):
        r"""Gets the resource_id of this SyncResourceAgentReqResourceInfos.

        **参数解释：** 资源id。 **约束限制：** 不涉及。 **取值范围：** 用户选择的资源对应的资源id。 **默认取值：** 不涉及。

        :return: The resource_id of this SyncResourceAgentReqResourceInfos.
        :rtype: str
        """
        return self._resource_id

    @resource_id.setter
    def resource_id(self, resource_id):
        r"""Sets the resource_id of this SyncResourceAgentReqResourceInfos.

        **参数解释：** 资源id。 **约束限制：** 不涉及。 **取值范围：** 用户选择的资源对应的资源id。 **默认取值：** 不涉及。

        :param resource_id: The resource_id of this SyncResourceAgentReqResourceInfos.
        :type resource_id: str
        """
        self._resource_id = resource_id

    @property
    def id(self):
        r"""Gets the id of this SyncResourceAgentReqResourceInfos.

        **参数解释：** 资源在coc-cmdb存储的id。 **约束限制：** 不涉及。 **取值范围：** 不涉及。 **默认取值：** 不涉及。

        :return: The id of this SyncResourceAgentReqResourceInfos.
        :rtype: str
        """
        return self._id

    @id.setter
    def id(self, id):
        r"""Sets the id of this SyncResourceAgentReqResourceInfos.

        **参数解释：** 资源在coc-cmdb存储的id。 **约束限制：** 不涉及。 **取值范围：** 不涉及。 **默认取值：** 不涉及。

        :param id: The id of this SyncResourceAgentReqResourceInfos.
        :type id: str
        """
        self._id = id

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
        if not isinstance(other, SyncResourceAgentReqResourceInfos):
            return False

        return self.__dict__ == other.__dict__

    def __ne__(self, other):
        """Returns true if both objects are not equal"""
        return not self == other
